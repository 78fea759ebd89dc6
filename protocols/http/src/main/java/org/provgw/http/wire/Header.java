package org.provgw.http.wire;

import java.util.Objects;

/**
 * One header field as received or sent.
 *
 * @param name the field name as written (compare it ignoring case)
 * @param value the field value without leading and trailing whitespace
 */
public record Header(String name, String value) {

    /** @throws NullPointerException if an argument is {@code null} */
    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
