package org.provgw.gateway.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.provgw.provider.Settings;

/**
 * The raw key/value pairs of one configuration file, in file order, before validation.
 *
 * @param file the file as named by the operator, used in every message
 * @param values each key and its value as written (unescaped, not trimmed, not interpolated)
 */
public record ConfigSource(Path file, Map<String, String> values) {

    /** @throws NullPointerException if an argument is {@code null} */
    public ConfigSource {
        Objects.requireNonNull(file, "file");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return the file's name for messages */
    public String name() {
        return file.toString();
    }

    /** @return the directory relative paths resolve against: the file's own, absolute */
    public Path baseDirectory() {
        return file.toAbsolutePath().getParent();
    }

    /**
     * @param prefix the prefix the keys carry in the file, e.g. {@code provider.fs.}
     * @param relative the keys without the prefix and their values
     * @return the typed view, reporting errors against this file
     */
    public Settings settings(String prefix, Map<String, String> relative) {
        return Settings.of(relative, prefix, baseDirectory(), name());
    }
}
