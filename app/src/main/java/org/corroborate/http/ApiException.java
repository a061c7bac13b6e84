package org.corroborate.http;

/** A request that cannot be answered as asked: its status and a message for the client. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
