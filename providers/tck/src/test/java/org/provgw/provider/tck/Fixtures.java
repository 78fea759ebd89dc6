package org.provgw.provider.tck;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** The kit's own fixture: the block-boundary sizes, an empty file and a device file. */
final class Fixtures {

    private Fixtures() {
    }

    static Map<String, byte[]> standard() {
        Random random = new Random(42);
        Map<String, byte[]> files = new TreeMap<>();
        files.put("empty.txt", new byte[0]);
        files.put("b511.bin", bytes(random, 511));
        files.put("b512.bin", bytes(random, 512));
        files.put("b513.bin", bytes(random, 513));
        files.put("SEP0011AABBCC01.cnf.xml", "<device/>\n".getBytes(StandardCharsets.US_ASCII));
        files.put("sub/dir/large.bin", bytes(random, 1 << 20));
        return files;
    }

    private static byte[] bytes(Random random, int size) {
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }
}
