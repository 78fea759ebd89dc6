package org.provgw.cisco.model;

import java.util.Objects;

/**
 * A phone's user locale: the language of its display.
 *
 * @param name the locale directory, e.g. {@code English_United_States}
 * @param languageCode e.g. {@code en_US}
 * @param charset the character set the phone uses, e.g. {@code iso-8859-1} or {@code utf-8}
 */
public record UserLocale(String name, String languageCode, String charset) {

    /** @throws NullPointerException if an argument is {@code null} */
    public UserLocale {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(languageCode, "languageCode");
        Objects.requireNonNull(charset, "charset");
    }
}
