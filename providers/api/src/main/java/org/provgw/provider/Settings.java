package org.provgw.provider;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read-only view of the configuration keys under one prefix ({@code provider.fs.},
 * {@code tftp.}), with typed accessors that validate as they read. Every failure is an
 * {@link InvalidSettingException} naming the file, the full key and the value.
 *
 * <p>Keys are relative to the prefix. Values are trimmed; a key whose value is blank counts as
 * absent. Relative paths resolve against {@link #baseDirectory()}, the directory of the
 * configuration file.
 */
public final class Settings {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    private final Map<String, String> values;
    private final String prefix;
    private final Path baseDirectory;
    private final String source;

    private Settings(Map<String, String> values, String prefix, Path baseDirectory, String source) {
        this.values = values;
        this.prefix = prefix;
        this.baseDirectory = baseDirectory;
        this.source = source;
    }

    /**
     * @param values the keys (relative to {@code prefix}) and their values; copied
     * @param prefix the prefix the keys had in the file, e.g. {@code provider.fs.}, or empty
     * @param baseDirectory the directory relative paths resolve against
     * @param source the file the values came from, for messages
     * @return the settings
     */
    public static Settings of(Map<String, String> values, String prefix, Path baseDirectory,
                              String source) {
        Map<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k, v.trim());
            }
        });
        return new Settings(Collections.unmodifiableMap(copy), prefix, baseDirectory.toAbsolutePath(),
                source);
    }

    /**
     * The settings under a nested prefix: {@code sub("alt.")} of {@code provider.fs.} holds
     * {@code provider.fs.alt.*} without {@code alt.}.
     *
     * @param nestedPrefix the prefix, relative to this one, usually ending in a dot
     * @return the nested settings; empty if there are none
     */
    public Settings sub(String nestedPrefix) {
        Map<String, String> nested = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(nestedPrefix)) {
                nested.put(k.substring(nestedPrefix.length()), v);
            }
        });
        return new Settings(Collections.unmodifiableMap(nested), prefix + nestedPrefix,
                baseDirectory, source);
    }

    /** @return the relative keys present, sorted; never {@code null} */
    public Set<String> keys() {
        return values.keySet();
    }

    /** @return the prefix these keys carry in the file, e.g. {@code provider.fs.} */
    public String prefix() {
        return prefix;
    }

    /** @return the directory relative paths resolve against, absolute */
    public Path baseDirectory() {
        return baseDirectory;
    }

    /** @return the file the values came from */
    public String source() {
        return source;
    }

    /**
     * @param key a relative key
     * @return the full key as written in the file
     */
    public String fullKey(String key) {
        return prefix + key;
    }

    /**
     * @param key a relative key
     * @return the trimmed value, or empty when the key is absent or blank
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * @param key a relative key
     * @return the trimmed value
     * @throws InvalidSettingException if the key is absent or blank
     */
    public String require(String key) throws InvalidSettingException {
        String value = values.get(key);
        if (value == null) {
            throw new InvalidSettingException(source, fullKey(key), null, "is required");
        }
        return value;
    }

    /**
     * A comma-separated list.
     *
     * @param key a relative key
     * @return the non-blank trimmed items in order; empty when the key is absent
     */
    public List<String> getList(String key) {
        List<String> items = new ArrayList<>();
        String value = values.get(key);
        if (value != null) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return List.copyOf(items);
    }

    /**
     * @param key a relative key
     * @param defaultValue the value when the key is absent
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @return the value
     * @throws InvalidSettingException if the value is not an integer in {@code [min, max]}
     */
    public int getInt(String key, int defaultValue, int min, int max) throws InvalidSettingException {
        return (int) getLong(key, defaultValue, min, max);
    }

    /**
     * @param key a relative key
     * @param defaultValue the value when the key is absent
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @return the value
     * @throws InvalidSettingException if the value is not an integer in {@code [min, max]}
     */
    public long getLong(String key, long defaultValue, long min, long max)
            throws InvalidSettingException {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid(key, "not an integer");
        }
        if (parsed < min || parsed > max) {
            throw invalid(key, "must be between " + min + " and " + max);
        }
        return parsed;
    }

    /**
     * Accepts {@code true/false}, {@code yes/no} and {@code on/off}, in any case.
     *
     * @param key a relative key
     * @param defaultValue the value when the key is absent
     * @return the value
     * @throws InvalidSettingException if the value is none of those words
     */
    public boolean getBoolean(String key, boolean defaultValue) throws InvalidSettingException {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on":
                return true;
            case "false", "no", "off":
                return false;
            default:
                throw invalid(key, "expected true or false");
        }
    }

    /**
     * A duration written as a whole number with a unit: {@code 250ms}, {@code 2s}, {@code 5m},
     * {@code 1h}; a plain number means milliseconds.
     *
     * @param key a relative key
     * @param defaultValue the value when the key is absent
     * @param min the shortest accepted duration
     * @param max the longest accepted duration
     * @return the value
     * @throws InvalidSettingException if the value does not parse or is out of range
     */
    public Duration getDuration(String key, Duration defaultValue, Duration min, Duration max)
            throws InvalidSettingException {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw invalid(key, "expected a duration such as 500ms, 2s or 5m");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        Duration parsed = switch (unit) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMillis(amount);
        };
        if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
            throw invalid(key, "must be between " + min.toMillis() + "ms and " + max.toMillis() + "ms");
        }
        return parsed;
    }

    /**
     * @param key a relative key
     * @param type the enum class; values match constant names ignoring case, {@code -} for {@code _}
     * @param defaultValue the value when the key is absent
     * @param <E> the enum type
     * @return the value
     * @throws InvalidSettingException if the value names no constant
     */
    public <E extends Enum<E>> E getEnum(String key, Class<E> type, E defaultValue)
            throws InvalidSettingException {
        String value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        String wanted = value.replace('-', '_');
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
            names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw invalid(key, "expected one of " + names);
    }

    /**
     * @param key a relative key
     * @return the path, resolved against {@link #baseDirectory()} when relative and normalized;
     *     empty when the key is absent
     * @throws InvalidSettingException if the value is not a valid path
     */
    public Optional<Path> getPath(String key) throws InvalidSettingException {
        String value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(baseDirectory.resolve(value).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            throw invalid(key, "not a valid path");
        }
    }

    /**
     * Builds the exception for a present value that is wrong, so that factories report their own
     * checks (a directory that does not exist) in the same shape.
     *
     * @param key a relative key
     * @param reason what is wrong
     * @return the exception, to be thrown by the caller
     */
    public InvalidSettingException invalid(String key, String reason) {
        return new InvalidSettingException(source, fullKey(key), values.get(key), reason);
    }

    @Override
    public String toString() {
        return "Settings[" + prefix + "* from " + source + ": " + values.keySet() + "]";
    }
}
