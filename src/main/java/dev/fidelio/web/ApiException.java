package dev.fidelio.web;

import jakarta.ws.rs.core.Response;

/** A refusal of the JSON API, answered as {@code {"error": code, "message": text}} with its HTTP status. */
public class ApiException extends RuntimeException {

    private final Response.Status status;
    private final String code;

    public ApiException(Response.Status status, String code, String message) {
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

    public Response.Status status() {
        return status;
    }

    public String code() {
        return code;
    }
}
