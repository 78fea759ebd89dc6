package org.provgw.http.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header fields of a request in the order received. Lookups ignore the case of names
 * (RFC 9110 §5.1). A request carries a handful of fields, so a list beats a map.
 */
public final class Headers {

    private final List<Header> fields;

    /** @param fields the fields in order; copied */
    public Headers(List<Header> fields) {
        this.fields = List.copyOf(fields);
    }

    /** @return every field in order */
    public List<Header> all() {
        return fields;
    }

    /**
     * @param name a field name, any case
     * @return the value of the first field of that name
     */
    public Optional<String> first(String name) {
        for (Header field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                return Optional.of(field.value());
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a field name, any case
     * @return how many field lines have that name
     */
    public int count(String name) {
        int count = 0;
        for (Header field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The elements of a comma-separated list field, over every line of that name, in order
     * (RFC 9110 §5.3: several lines are one list).
     *
     * @param name a field name, any case
     * @return the trimmed, non-empty elements
     */
    public List<String> elements(String name) {
        List<String> elements = new ArrayList<>();
        for (Header field : fields) {
            if (field.name().equalsIgnoreCase(name)) {
                for (String element : field.value().split(",")) {
                    String trimmed = element.strip();
                    if (!trimmed.isEmpty()) {
                        elements.add(trimmed);
                    }
                }
            }
        }
        return elements;
    }

    /**
     * @param name a field name, any case
     * @param token a token, any case
     * @return whether the list field holds that token, ignoring case ({@code Connection: close})
     */
    public boolean hasToken(String name, String token) {
        for (String element : elements(name)) {
            if (element.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers headers && headers.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
