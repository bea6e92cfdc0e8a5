package dev.blockdesk.node.http;

/** A refusal the client caused, or a failure it can retry: a status and a reason for {@code {"error": ...}}. */
final class ApiError extends Exception {

    private final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
