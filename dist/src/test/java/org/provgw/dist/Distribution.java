package org.provgw.dist;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The distribution this module built, as failsafe hands it to the tests (system properties set
 * in dist/pom.xml), and the file operations the tests share.
 */
final class Distribution {

    private Distribution() {
    }

    /** @return the unpacked tree, {@code dist/target/provgw} */
    static Path unpacked() {
        return existing("provgw.dist.home");
    }

    /** @return {@code provgw-VERSION-bin.tar.gz} */
    static Path tarball() {
        return existing("provgw.dist.tarball");
    }

    /** @return the sources of the sample tree, {@code dist/src/main/tftpboot} */
    static Path sampleSources() {
        return existing("provgw.dist.samples");
    }

    /** @return the project version the archive is named after */
    static String version() {
        return property("provgw.dist.version");
    }

    /**
     * Copies the unpacked tree, file modes included, so that a test can add configuration and
     * let the gateway write {@code logs/} and {@code data/} without touching the build output.
     * What a gateway started from the unpacked tree since the build wrote there (the quick start
     * runs from it) stays behind.
     *
     * @param target a directory that does not exist yet
     * @return the real path of the copy
     */
    static Path copyTo(Path target) throws IOException {
        Path source = unpacked();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                    throws IOException {
                Files.copy(dir, target.resolve(source.relativize(dir).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                    throws IOException {
                if (isRunOutput(source.relativize(file))) {
                    return FileVisitResult.CONTINUE;
                }
                Files.copy(file, target.resolve(source.relativize(file).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
        return target.toRealPath();
    }

    /**
     * @param root a directory
     * @return every regular file under it, relative, with {@code /} separators, sorted
     */
    static SortedSet<String> files(Path root) throws IOException {
        SortedSet<String> names = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
        }
        return names;
    }

    /**
     * @param home an installation
     * @return its files as shipped: {@link #files} without what a run wrote to {@code logs/} and
     *     {@code data/} (the build makes the tree afresh, but the quick start may have run from it
     *     since)
     */
    static SortedSet<String> shippedFiles(Path home) throws IOException {
        SortedSet<String> names = files(home);
        names.removeIf(name -> isRunOutput(Path.of(name)));
        return names;
    }

    private static boolean isRunOutput(Path relative) {
        return relative.getNameCount() > 1
                && (relative.getName(0).toString().equals("logs") || relative.getName(0).toString().equals("data"));
    }

    private static Path existing(String key) {
        Path path = Path.of(property(key));
        if (!Files.exists(path)) {
            throw new IllegalStateException(key + " = " + path
                    + " does not exist: run the packaged-artifact tests through `mvn verify`,"
                    + " which builds the distribution first");
        }
        return path;
    }

    private static String property(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("system property " + key + " is not set: run the"
                    + " packaged-artifact tests through `mvn verify` (failsafe sets it)");
        }
        return value;
    }
}
