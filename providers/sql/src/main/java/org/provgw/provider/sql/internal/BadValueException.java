package org.provgw.provider.sql.internal;

/** A value in a row that the model cannot take; the mapper adds which record it belongs to. */
final class BadValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadValueException(String message) {
        super(message);
    }
}
