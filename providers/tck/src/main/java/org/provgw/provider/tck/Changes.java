package org.provgw.provider.tck;

/** Builds replacement content that differs from earlier contents at every byte they overlap. */
final class Changes {

    private Changes() {
    }

    /**
     * @param length the length of the new content
     * @param earlier contents the new one must differ from, possibly empty arrays
     * @return {@code length} bytes, each different from the byte at the same offset in every
     *     earlier content
     */
    static byte[] differentContent(int length, byte[]... earlier) {
        byte[] changed = new byte[length];
        for (int i = 0; i < length; i++) {
            byte candidate = (byte) (i * 31 + 7);
            while (occursAt(i, candidate, earlier)) {
                candidate++;
            }
            changed[i] = candidate;
        }
        return changed;
    }

    private static boolean occursAt(int index, byte value, byte[][] contents) {
        for (byte[] content : contents) {
            if (index < content.length && content[index] == value) {
                return true;
            }
        }
        return false;
    }
}
