package org.provgw.provider;

import java.util.ArrayList;
import java.util.List;

/**
 * The one normalization every protocol applies to a requested name before any provider sees it,
 * so that TFTP and HTTP name the same file the same way.
 *
 * <p>Rules: {@code \} is a separator like {@code /} (Cisco IP Communicator asks for
 * {@code Communicator\…}); leading separators, empty segments and {@code .} segments are dropped;
 * a {@code ..} segment, a control character (including NUL) or a name longer than
 * {@value #MAX_LENGTH} characters is refused. The result has no leading separator and segments
 * joined by {@code /}. Nothing is percent-decoded here: HTTP decodes before calling.
 */
public final class RequestPath {

    /** The longest raw name accepted, in characters. */
    public static final int MAX_LENGTH = 1024;

    private RequestPath() {
    }

    /**
     * Normalizes a requested name.
     *
     * @param rawName the name as the client sent it
     * @return the normalized path, never empty
     * @throws IllegalPathException if the name is {@code null}, empty after normalization, too
     *     long, contains a control character or a {@code ..} segment
     */
    public static String normalize(String rawName) throws IllegalPathException {
        if (rawName == null) {
            throw new IllegalPathException(null, "missing file name");
        }
        if (rawName.length() > MAX_LENGTH) {
            throw new IllegalPathException(rawName, "file name too long");
        }
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i <= rawName.length(); i++) {
            char c = i < rawName.length() ? rawName.charAt(i) : '/';
            if (c == '/' || c == '\\') {
                addSegment(rawName, segments, segment.toString());
                segment.setLength(0);
            } else if (Character.isISOControl(c)) {
                throw new IllegalPathException(rawName, "control character in file name");
            } else {
                segment.append(c);
            }
        }
        if (segments.isEmpty()) {
            throw new IllegalPathException(rawName, "empty file name");
        }
        return String.join("/", segments);
    }

    /**
     * Tells whether a path is already in normalized form.
     *
     * @param path the path to check, may be {@code null}
     * @return true if {@link #normalize(String)} would return it unchanged
     */
    public static boolean isNormalized(String path) {
        try {
            return path != null && normalize(path).equals(path);
        } catch (IllegalPathException e) {
            return false;
        }
    }

    private static void addSegment(String rawName, List<String> segments, String segment)
            throws IllegalPathException {
        if (segment.isEmpty() || segment.equals(".")) {
            return;
        }
        if (segment.equals("..")) {
            throw new IllegalPathException(rawName, "'..' is not allowed in file names");
        }
        segments.add(segment);
    }
}
