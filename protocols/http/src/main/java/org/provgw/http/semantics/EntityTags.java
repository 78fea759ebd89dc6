package org.provgw.http.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity tags as {@code If-None-Match}, {@code If-Match} and {@code If-Range} carry them
 * (RFC 9110 §8.8.3): {@code "v1"}, {@code W/"v1"}, lists of them, or {@code *}. Tags may hold
 * commas, so a list is scanned tag by tag rather than split.
 */
final class EntityTags {

    /** One tag: its opaque part and whether it was weak. */
    record Tag(String opaque, boolean weak) {
    }

    private EntityTags() {
    }

    /** @return whether the field value is the wildcard {@code *} */
    static boolean isWildcard(String value) {
        return value.strip().equals("*");
    }

    /**
     * @param value a list of entity tags
     * @return the tags in order; a malformed list yields the tags before the flaw (which then
     *     match nothing more)
     */
    static List<Tag> parseList(String value) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = false;
            if (c == 'W' && i + 1 < n && value.charAt(i + 1) == '/') {
                weak = true;
                i += 2;
            }
            if (i >= n || value.charAt(i) != '"') {
                break;
            }
            int close = value.indexOf('"', i + 1);
            if (close < 0) {
                break;
            }
            tags.add(new Tag(value.substring(i + 1, close), weak));
            i = close + 1;
        }
        return tags;
    }

    /** Weak comparison (§8.8.3.2): the opaque parts are equal, weak or not. */
    static boolean anyWeakMatch(String value, String version) {
        for (Tag tag : parseList(value)) {
            if (tag.opaque().equals(version)) {
                return true;
            }
        }
        return false;
    }

    /** Strong comparison (§8.8.3.2): neither tag is weak and the opaque parts are equal. */
    static boolean anyStrongMatch(String value, String version) {
        for (Tag tag : parseList(value)) {
            if (!tag.weak() && tag.opaque().equals(version)) {
                return true;
            }
        }
        return false;
    }
}
