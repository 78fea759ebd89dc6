package org.provgw.tftp.upload;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Names of the files an upload is written to before it is complete:
 * {@code .provgw<U+0001>upload-} followed by 16 hex digits, in the target directory (so that the
 * final rename stays on one file system). The control character is what makes them impossible
 * to serve: every protocol refuses a requested name that holds one
 * ({@link org.provgw.provider.RequestPath}), so no client can ask for a half-written file by any
 * spelling or case. The leading dot hides them from {@code ls}, which shows the control
 * character as {@code ?}.
 */
public final class TempNames {

    /** What every temporary upload name starts with. */
    public static final String PREFIX = ".provgw\u0001upload-";

    private TempNames() {
    }

    /** @return a fresh temporary name */
    static String next() {
        return PREFIX + String.format("%016x", ThreadLocalRandom.current().nextLong());
    }

    /**
     * @param fileName a file name, without directory
     * @return true if it is a temporary upload name
     */
    public static boolean isTemporary(String fileName) {
        return fileName.startsWith(PREFIX);
    }
}
