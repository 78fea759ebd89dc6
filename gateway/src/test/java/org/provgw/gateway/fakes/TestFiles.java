package org.provgw.gateway.fakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Writes configuration files and plugin JARs for tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * @param file where to write
     * @param lines the properties lines
     * @return the file
     */
    public static Path config(Path file, String... lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A plugin JAR holding only services files; the classes they name must be on the test class
     * path, which the plugin loader reaches through its parent.
     *
     * @param jar where to write
     * @param services service interface to implementation class names
     * @return the JAR
     */
    public static Path pluginJar(Path jar, Map<Class<?>, List<String>> services) {
        try {
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (Map.Entry<Class<?>, List<String>> service : services.entrySet()) {
                    out.putNextEntry(new JarEntry("META-INF/services/" + service.getKey().getName()));
                    out.write((String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
