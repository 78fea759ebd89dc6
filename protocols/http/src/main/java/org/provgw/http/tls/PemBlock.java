package org.provgw.http.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One block of a PEM file (RFC 7468): {@code -----BEGIN LABEL-----}, optional
 * {@code Name: value} headers (as OpenSSL writes for encrypted traditional keys), base64
 * content, {@code -----END LABEL-----}. Text outside blocks is ignored, as OpenSSL does.
 *
 * @param label the label, e.g. {@code CERTIFICATE} or {@code PRIVATE KEY}
 * @param headers the headers, usually none
 * @param der the decoded content
 */
record PemBlock(String label, Map<String, String> headers, byte[] der) {

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    /**
     * @param file a PEM file
     * @return its blocks in order
     * @throws KeyMaterialException if the file cannot be read or a block is malformed
     */
    static List<PemBlock> read(Path file) throws KeyMaterialException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeyMaterialException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<PemBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith(BEGIN) || !line.endsWith(DASHES)) {
                continue;
            }
            String label = line.substring(BEGIN.length(), line.length() - DASHES.length());
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            StringBuilder base64 = new StringBuilder();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).strip().startsWith(END); j++) {
                String content = lines.get(j).strip();
                int colon = content.indexOf(':');
                if (colon > 0) {
                    headers.put(content.substring(0, colon).strip(), content.substring(colon + 1).strip());
                } else {
                    base64.append(content);
                }
            }
            if (j == lines.size() || !lines.get(j).strip().equals(END + label + DASHES)) {
                throw new KeyMaterialException(file + ": no '" + END + label + DASHES + "' after line " + (i + 1));
            }
            try {
                blocks.add(new PemBlock(label, headers, Base64.getDecoder().decode(base64.toString())));
            } catch (IllegalArgumentException e) {
                throw new KeyMaterialException(file + ": the " + label + " block at line " + (i + 1)
                        + " is not valid base64");
            }
            i = j;
        }
        return blocks;
    }
}
