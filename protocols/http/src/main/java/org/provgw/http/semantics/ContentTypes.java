package org.provgw.http.semantics;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a served file, by the extension of its name. Phones do not sniff
 * content, so the table favours {@code application/octet-stream} for anything binary: firmware
 * ({@code .loads}, {@code .sbn}, {@code .bin}, {@code .zz}), signatures and trust lists
 * ({@code .sgn}, {@code .tlv}). A name without a known extension is
 * {@code application/octet-stream} too.
 */
public final class ContentTypes {

    /** The type of a file whose extension is not in the table. */
    public static final String DEFAULT = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            // configuration: Cisco SEP<MAC>.cnf.xml, XMLDefault.cnf.xml, SIP<MAC>.cnf, dial plans
            Map.entry("xml", "text/xml"),
            Map.entry("cnf", "text/plain"),
            Map.entry("cfg", "text/plain"),
            Map.entry("txt", "text/plain"),
            Map.entry("conf", "text/plain"),
            Map.entry("ini", "text/plain"),
            Map.entry("json", "application/json"),
            Map.entry("htm", "text/html"),
            Map.entry("html", "text/html"),
            Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"),
            // firmware, signatures, trust lists, certificates
            Map.entry("loads", DEFAULT),
            Map.entry("sbn", DEFAULT),
            Map.entry("sb2", DEFAULT),
            Map.entry("bin", DEFAULT),
            Map.entry("zz", DEFAULT),
            Map.entry("img", DEFAULT),
            Map.entry("ld", DEFAULT),
            Map.entry("sgn", DEFAULT),
            Map.entry("tlv", DEFAULT),
            Map.entry("pem", "application/x-pem-file"),
            Map.entry("crt", "application/x-x509-ca-cert"),
            Map.entry("cer", "application/pkix-cert"),
            Map.entry("der", "application/pkix-cert"),
            // phone applications, backgrounds, ring tones
            Map.entry("jar", "application/java-archive"),
            Map.entry("jad", "text/vnd.sun.j2me.app-descriptor"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("raw", DEFAULT),
            Map.entry("pcm", DEFAULT),
            Map.entry("wav", "audio/wav"),
            Map.entry("tar", "application/x-tar"),
            Map.entry("gz", "application/gzip"),
            Map.entry("zip", "application/zip"));

    private ContentTypes() {
    }

    /**
     * @param path a normalized path; only its last segment's extension counts
     * @return the content type
     */
    public static String of(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1 || dot == path.length() - 1) {
            return DEFAULT;
        }
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }
}
