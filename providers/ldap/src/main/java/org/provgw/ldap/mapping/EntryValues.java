package org.provgw.ldap.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;

/**
 * Typed reads of one entry's attributes, each failure an {@link UnmappableEntryException} naming
 * the entry and the attribute. Values are trimmed.
 */
public final class EntryValues {

    /** OpenLDAP's X-ORDERED prefix, {@code {0}}, also written by hand on other servers. */
    private static final Pattern ORDER_PREFIX = Pattern.compile("\\{(\\d{1,9})\\}(.*)", Pattern.DOTALL);

    private final Entry entry;

    /** @param entry the entry read */
    public EntryValues(Entry entry) {
        this.entry = entry;
    }

    /** @return the entry's DN as the server wrote it */
    public String dn() {
        return entry.getDN();
    }

    /**
     * @param attribute an attribute name
     * @return its first value, trimmed; empty when absent or blank
     */
    public Optional<String> text(String attribute) {
        String value = entry.getAttributeValue(attribute);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * @param attribute an attribute name
     * @return its value, or "" when absent
     */
    public String textOrEmpty(String attribute) {
        return text(attribute).orElse("");
    }

    /**
     * @param attribute an attribute name
     * @return its value
     * @throws UnmappableEntryException if it is absent or blank
     */
    public String required(String attribute) throws UnmappableEntryException {
        return text(attribute).orElseThrow(() -> problem(attribute + " is missing"));
    }

    /**
     * @param attribute an attribute name
     * @param defaultValue the value when absent
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @return the value
     * @throws UnmappableEntryException if it is not an integer in range
     */
    public int integer(String attribute, int defaultValue, int min, int max) throws UnmappableEntryException {
        Optional<String> text = text(attribute);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(attribute + " = " + text.get() + " is not an integer from " + min + " to " + max);
    }

    /**
     * @param attribute an attribute name
     * @return every non-blank value, trimmed, in the order the server returned them
     */
    public List<String> all(String attribute) {
        String[] values = entry.getAttributeValues(attribute);
        List<String> list = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (!value.isBlank()) {
                    list.add(value.trim());
                }
            }
        }
        return list;
    }

    /**
     * Values in the order their {@code {n}} prefixes give (OpenLDAP X-ORDERED, or written by
     * hand); values without a prefix follow in the order the server returned them.
     *
     * @param attribute an attribute name
     * @return the values without their prefixes, in order
     * @throws UnmappableEntryException if two values carry the same index
     */
    public List<String> ordered(String attribute) throws UnmappableEntryException {
        record Indexed(long index, int position, String value) {
        }
        List<Indexed> indexed = new ArrayList<>();
        List<String> values = all(attribute);
        for (int i = 0; i < values.size(); i++) {
            Matcher m = ORDER_PREFIX.matcher(values.get(i));
            indexed.add(m.matches() ? new Indexed(Long.parseLong(m.group(1)), i, m.group(2).trim())
                    : new Indexed(Long.MAX_VALUE, i, values.get(i)));
        }
        if (indexed.stream().filter(v -> v.index() != Long.MAX_VALUE).map(Indexed::index).distinct().count()
                != indexed.stream().filter(v -> v.index() != Long.MAX_VALUE).count()) {
            throw problem(attribute + " has two values with the same {n} index: " + values);
        }
        indexed.sort(Comparator.comparingLong(Indexed::index).thenComparingInt(Indexed::position));
        return indexed.stream().map(Indexed::value).toList();
    }

    /**
     * @param attribute a DN-valued attribute
     * @return the DN, if set
     * @throws UnmappableEntryException if the value is not a DN
     */
    public Optional<DN> dnValue(String attribute) throws UnmappableEntryException {
        Optional<String> text = text(attribute);
        return text.isEmpty() ? Optional.empty() : Optional.of(parseDn(attribute, text.get()));
    }

    /**
     * @param attribute an attribute
     * @param value one of its values
     * @return the value as a DN
     * @throws UnmappableEntryException if it is not a DN
     */
    public DN parseDn(String attribute, String value) throws UnmappableEntryException {
        try {
            return new DN(value);
        } catch (LDAPException e) {
            throw problem(attribute + " = " + value + " is not a DN");
        }
    }

    /**
     * @param problem what is wrong
     * @return the exception naming this entry
     */
    public UnmappableEntryException problem(String problem) {
        return new UnmappableEntryException(entry.getDN(), problem);
    }

    @Override
    public String toString() {
        return "EntryValues[" + entry.getDN() + ", " + Arrays.toString(entry.getObjectClassValues()) + "]";
    }
}
