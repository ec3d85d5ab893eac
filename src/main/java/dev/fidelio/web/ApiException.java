package dev.fidelio.web;

import jakarta.ws.rs.core.Response;

/** A refusal of the JSON API, answered as {@code {"error": code, "message": text}} with its HTTP status. */
public class ApiException extends RuntimeException {

    /** Not among JAX-RS's named statuses: the request was understood, but what it names cannot be processed. */
    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private final Response.StatusType status;
    private final String code;

    public ApiException(Response.StatusType status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Response.Status.BAD_REQUEST, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(Response.Status.NOT_FOUND, "not_found", message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(Response.Status.CONFLICT, "conflict", message);
    }

    public static ApiException unprocessable(String message) {
        return new ApiException(UNPROCESSABLE, "unprocessable", message);
    }

    public Response.StatusType status() {
        return status;
    }

    public String code() {
        return code;
    }
}
