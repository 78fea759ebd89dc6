package org.provgw.dist;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Programs the tests run besides the distribution, found on the PATH as a shell finds them. */
final class Binaries {

    private Binaries() {
    }

    /**
     * Skips the calling test, with the reason, when the program is missing.
     *
     * @param name the program
     * @param why what the test needs it for
     * @return its path
     */
    static Path require(String name, String why) {
        Optional<Path> found = onPath(name);
        assumeTrue(found.isPresent(), name + " is not installed: " + why);
        return found.get();
    }

    private static Optional<Path> onPath(String name) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
