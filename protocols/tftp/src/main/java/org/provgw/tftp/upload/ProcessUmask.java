package org.provgw.tftp.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's umask, which the JDK does not expose: Linux (4.7 and later) shows it in
 * {@code /proc/self/status}. Elsewhere the common default {@code 022} stands in.
 */
final class ProcessUmask {

    static final int FALLBACK = 022;

    private ProcessUmask() {
    }

    static int current() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) {
                    return Integer.parseInt(line.substring("Umask:".length()).trim(), 8);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or an old kernel
        }
        return FALLBACK;
    }
}
