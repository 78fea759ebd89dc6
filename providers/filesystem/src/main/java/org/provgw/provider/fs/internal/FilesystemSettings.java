package org.provgw.provider.fs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * The validated settings of one filesystem provider.
 *
 * @param locations the real paths of the directories searched, in order: the root, then the
 *     alternates by number; never empty
 * @param caseInsensitive whether a name missing with its exact case is looked up ignoring case
 * @param worldReadableOnly whether only files anyone may read are served (tftpd-hpa without -p)
 */
public record FilesystemSettings(List<Path> locations, boolean caseInsensitive, boolean worldReadableOnly) {

    /** The served directory; relative paths resolve against the configuration file's. */
    public static final String ROOT = "root";
    /** {@code alternate.1} … {@code alternate.10}: CallManager's Alternate File Locations. */
    public static final String ALTERNATE_PREFIX = "alternate.";
    /** Look names up ignoring case when the exact name is missing; default {@code true}. */
    public static final String CASE_INSENSITIVE = "case-insensitive";
    /** Serve only files whose mode lets anyone read them, as tftpd-hpa without -p; default {@code false}. */
    public static final String WORLD_READABLE_ONLY = "world-readable-only";
    /** The highest alternate number, as in CallManager. */
    public static final int MAX_ALTERNATES = 10;

    private static final Pattern ALTERNATE = Pattern.compile("alternate\\.(.*)");
    private static final Pattern ALTERNATE_NUMBER = Pattern.compile("[1-9][0-9]?");

    /** Copies the locations. */
    public FilesystemSettings {
        locations = List.copyOf(locations);
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("no locations");
        }
    }

    /** @return every key a filesystem provider accepts, relative to its prefix */
    public static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(ROOT);
        for (int i = 1; i <= MAX_ALTERNATES; i++) {
            keys.add(ALTERNATE_PREFIX + i);
        }
        keys.add(CASE_INSENSITIVE);
        keys.add(WORLD_READABLE_ONLY);
        return Set.copyOf(keys);
    }

    /**
     * Reads and validates the settings.
     *
     * @param settings the keys under {@code provider.<name>.}
     * @return the settings, with every directory checked and resolved to its real path
     * @throws InvalidSettingException naming the file, key and value of the first wrong setting
     */
    public static FilesystemSettings from(Settings settings) throws InvalidSettingException {
        int alternates = alternateCount(settings);
        rejectUnknownKeys(settings);
        List<Path> locations = new ArrayList<>();
        settings.require(ROOT);
        locations.add(directory(settings, ROOT));
        for (int i = 1; i <= alternates; i++) {
            locations.add(directory(settings, ALTERNATE_PREFIX + i));
        }
        boolean worldReadableOnly = settings.getBoolean(WORLD_READABLE_ONLY, false);
        if (worldReadableOnly) {
            for (Path location : locations) {
                requirePosix(settings, location);
            }
        }
        return new FilesystemSettings(locations, settings.getBoolean(CASE_INSENSITIVE, true), worldReadableOnly);
    }

    /** Without POSIX permissions there is no "anyone may read" to check. */
    private static void requirePosix(Settings settings, Path location) throws InvalidSettingException {
        boolean posix;
        try {
            posix = Files.getFileStore(location).supportsFileAttributeView("posix");
        } catch (IOException e) {
            throw settings.invalid(WORLD_READABLE_ONLY, "cannot read the file system of " + location + ": "
                    + e.getMessage());
        }
        if (!posix) {
            throw settings.invalid(WORLD_READABLE_ONLY, "the file system of " + location
                    + " has no POSIX permissions to check");
        }
    }

    /** @return the number of alternates, after checking they are numbered 1, 2, … without gaps */
    private static int alternateCount(Settings settings) throws InvalidSettingException {
        Set<Integer> numbers = new TreeSet<>();
        for (String key : settings.keys()) {
            Matcher m = ALTERNATE.matcher(key);
            if (m.matches()) {
                String number = m.group(1);
                if (!ALTERNATE_NUMBER.matcher(number).matches()
                        || Integer.parseInt(number) > MAX_ALTERNATES) {
                    throw settings.invalid(key, "alternate locations are numbered "
                            + ALTERNATE_PREFIX + "1 to " + ALTERNATE_PREFIX + MAX_ALTERNATES);
                }
                numbers.add(Integer.parseInt(number));
            }
        }
        for (int number : numbers) {
            if (number > 1 && !numbers.contains(number - 1)) {
                String previous = settings.fullKey(ALTERNATE_PREFIX + (number - 1));
                throw settings.invalid(ALTERNATE_PREFIX + number,
                        previous + " is missing: alternate locations are numbered without gaps");
            }
        }
        return numbers.size();
    }

    private static void rejectUnknownKeys(Settings settings) throws InvalidSettingException {
        Set<String> accepted = keys();
        for (String key : settings.keys()) {
            if (!accepted.contains(key)) {
                throw settings.invalid(key, "unknown setting; a filesystem provider accepts "
                        + ROOT + ", " + ALTERNATE_PREFIX + "1 to " + ALTERNATE_PREFIX
                        + MAX_ALTERNATES + ", " + CASE_INSENSITIVE + " and " + WORLD_READABLE_ONLY);
            }
        }
    }

    private static Path directory(Settings settings, String key) throws InvalidSettingException {
        Path path = settings.getPath(key).orElseThrow(() -> settings.invalid(key, "is required"));
        if (!Files.exists(path)) {
            throw settings.invalid(key, "directory " + path + " does not exist");
        }
        if (!Files.isDirectory(path)) {
            throw settings.invalid(key, path + " is not a directory");
        }
        if (!Files.isReadable(path) || !Files.isExecutable(path)) {
            throw settings.invalid(key, "directory " + path + " is not readable");
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw settings.invalid(key, "cannot resolve directory " + path + ": " + e.getMessage());
        }
    }
}
