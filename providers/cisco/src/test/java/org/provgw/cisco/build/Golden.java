package org.provgw.cisco.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Golden files under {@code src/test/resources/golden}, compared byte for byte. In an XML golden
 * file the placeholder {@code @STAMP@} stands for the {@code versionStamp}; the expected stamp is
 * computed here from the golden file itself, by the rule the README states (SHA-256 of the file
 * with an empty stamp, first 4 bytes as a number, next 16 as a version-8 UUID), so the comparison
 * also checks the rule.
 */
final class Golden {

    static final String STAMP = "@STAMP@";

    private Golden() {
    }

    /**
     * @return the file's bytes; a {@code .hex} file holds them as a hex dump ({@code offset |
     *     bytes…} lines, {@code #} comments)
     */
    static byte[] read(String name) {
        if (name.endsWith(".hex")) {
            return fromHexDump(new String(readResource(name), StandardCharsets.US_ASCII));
        }
        return readResource(name);
    }

    private static byte[] fromHexDump(String dump) {
        StringBuilder hex = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (!line.startsWith("#") && line.contains("|")) {
                hex.append(line.substring(line.indexOf('|') + 1).replace(" ", ""));
            }
        }
        return HexFormat.of().parseHex(hex.toString());
    }

    private static byte[] readResource(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the golden file with its stamp placeholder filled in by the documented rule */
    static byte[] expected(String name) {
        if (!name.endsWith(".xml")) {
            return read(name);
        }
        String text = new String(read(name), StandardCharsets.UTF_8);
        if (!text.contains(STAMP)) {
            return read(name);
        }
        byte[] unstamped = text.replace(STAMP, "").getBytes(StandardCharsets.UTF_8);
        return text.replace(STAMP, stampOf(unstamped)).getBytes(StandardCharsets.UTF_8);
    }

    static void assertMatches(String name, Optional<byte[]> actual) {
        assertEquals(true, actual.isPresent(), name + " was not built");
        assertMatches(name, actual.get());
    }

    static void assertMatches(String name, byte[] actual) {
        byte[] expected = expected(name);
        if (name.endsWith(".hex")) {
            assertEquals(HexFormat.ofDelimiter(" ").formatHex(expected), HexFormat.ofDelimiter(" ").formatHex(actual),
                    name);
        } else {
            assertEquals(new String(expected, StandardCharsets.ISO_8859_1), new String(actual, StandardCharsets.ISO_8859_1),
                    name);
        }
    }

    static String stampOf(byte[] unstamped) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(unstamped);
            String uuid = HexFormat.of().formatHex(d, 4, 20);
            char version = '8';
            char variant = "89ab".charAt(Character.digit(uuid.charAt(16), 16) & 0x3);
            uuid = uuid.substring(0, 12) + version + uuid.substring(13, 16) + variant + uuid.substring(17);
            long number = Integer.toUnsignedLong(ByteBuffer.wrap(d).getInt());
            return number + "-" + uuid.substring(0, 8) + "-" + uuid.substring(8, 12) + "-" + uuid.substring(12, 16)
                    + "-" + uuid.substring(16, 20) + "-" + uuid.substring(20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
