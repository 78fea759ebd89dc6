package org.provgw.http.semantics;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The file a request target names (RFC 9112 §3.2): the path of an origin-form target
 * ({@code /a/b.xml?x}) or of an absolute-form one ({@code http://host/a/b.xml}), without its
 * query, percent-decoded (RFC 3986 §2.1) and read as UTF-8. {@code +} stays a plus sign: it means
 * a space only in form data, never in a path. {@code %2F} decodes to {@code /} and so becomes a
 * separator, as in a TFTP name; {@code %2e%2e} decodes to {@code ..}, which the shared
 * normalization refuses afterwards.
 */
public final class RequestTarget {

    private RequestTarget() {
    }

    /**
     * @param target the request target as sent
     * @return the decoded path, starting with {@code /}
     * @throws BadTarget if the target is not a path, holds a fragment, a malformed
     *     percent-encoding, or bytes that are not UTF-8
     */
    public static String decodePath(String target) throws BadTarget {
        String path = pathOf(target);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.indexOf('#') >= 0) {
            throw new BadTarget("fragment in request target");
        }
        return path.indexOf('%') < 0 ? path : percentDecode(path);
    }

    private static String pathOf(String target) throws BadTarget {
        if (target.startsWith("/")) {
            return target;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        int schemeEnd = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (schemeEnd < 0) {
            throw new BadTarget("request target is not a path");
        }
        int slash = target.indexOf('/', schemeEnd);
        int query = target.indexOf('?', schemeEnd);
        if (slash < 0 || (query >= 0 && query < slash)) {
            return "/" + (query < 0 ? "" : target.substring(query));
        }
        return target.substring(slash);
    }

    private static String percentDecode(String path) throws BadTarget {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            int high = i + 1 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int low = i + 2 < path.length() ? Character.digit(path.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw new BadTarget("malformed percent-encoding");
            }
            bytes.write(high << 4 | low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadTarget("request target is not UTF-8");
        }
    }
}
