package org.corroborate.store;

/** A store that cannot be opened, read or written; the message names the database without its password. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
