package dev.fidelio.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders refusals of the JSON API in one shape. */
public class ApiErrorMapper {

    public record ApiError(String error, String message) {
    }

    @ServerExceptionMapper
    public Response map(ApiException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.code(), e.getMessage()));
        if (e instanceof TooManyRequests limited) {
            response.header("Retry-After", limited.retryAfterSeconds());
        }
        return response.build();
    }

    /** A refusal that tells the client when to try again. */
    public static class TooManyRequests extends ApiException {
        private final long retryAfterSeconds;

        public TooManyRequests(String message, long retryAfterSeconds) {
            super(Response.Status.TOO_MANY_REQUESTS, "too_many_requests", message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
