package org.provgw.tftp.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.RequestPath;
import org.provgw.provider.Settings;

/**
 * The upload settings ({@code tftp.upload.*}), validated once. Uploads are enabled by
 * {@code tftp.upload.root}.
 *
 * @param root the real path of the directory uploads resolve under
 * @param allow the real paths of the directories (the root or inside it) where uploads may land,
 *     sub-directories included
 * @param create whether new files may be created (tftpd-hpa {@code -c})
 * @param overwrite what happens to an existing file of the same name
 * @param permissive whether an existing file may be replaced without being world-writable
 *     (tftpd-hpa {@code -p})
 * @param umask the bits cleared from {@code 0666} for new files (tftpd-hpa {@code -U})
 * @param maxSize the most bytes one upload may store
 */
public record UploadConfig(Path root, List<Path> allow, boolean create, OverwritePolicy overwrite,
                           boolean permissive, int umask, long maxSize) {

    /** The keys under {@code tftp.} these settings use. */
    public static final Set<String> KEYS = Set.of("upload.root", "upload.allow", "upload.create",
            "upload.overwrite", "upload.permissive", "upload.umask", "upload.max-size");

    /** 64 MiB: far above what phones upload (logs, configurations), far below a full disk. */
    public static final long DEFAULT_MAX_SIZE = 64L << 20;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*([kmg]?)(i?b)?");
    private static final Pattern OCTAL = Pattern.compile("0?[0-7]{1,3}");

    public UploadConfig {
        allow = List.copyOf(allow);
    }

    /**
     * @param settings the {@code tftp.} settings
     * @return the upload settings, or empty when {@code tftp.upload.root} is not set
     * @throws InvalidSettingException naming the key, value and file of the first bad setting
     */
    public static Optional<UploadConfig> from(Settings settings) throws InvalidSettingException {
        Optional<Path> configuredRoot = settings.getPath("upload.root");
        if (configuredRoot.isEmpty()) {
            for (String key : KEYS) {
                if (settings.get(key).isPresent()) {
                    throw settings.invalid(key, "has no effect without tftp.upload.root, which enables uploads");
                }
            }
            return Optional.empty();
        }
        Path root = realDirectory(settings, "upload.root", configuredRoot.get());
        List<Path> allow = allowed(settings, root);
        boolean create = settings.getBoolean("upload.create", false);
        OverwritePolicy overwrite = settings.getEnum("upload.overwrite", OverwritePolicy.class,
                OverwritePolicy.OVERWRITE);
        if (overwrite == OverwritePolicy.KEEP_BOTH && !create) {
            throw settings.invalid("upload.overwrite",
                    "keep-both stores uploads as new files, so it needs tftp.upload.create = true");
        }
        boolean permissive = settings.getBoolean("upload.permissive", false);
        int umask = umask(settings, permissive);
        long maxSize = size(settings, "upload.max-size", DEFAULT_MAX_SIZE);
        return Optional.of(new UploadConfig(root, allow, create, overwrite, permissive, umask, maxSize));
    }

    /** @return the most bytes one upload may store, {@link Long#MAX_VALUE} when unlimited */
    public long maxBytes() {
        return maxSize == 0 ? Long.MAX_VALUE : maxSize;
    }

    private static List<Path> allowed(Settings settings, Path root) throws InvalidSettingException {
        List<Path> allow = new ArrayList<>();
        for (String entry : settings.getList("upload.allow")) {
            String relative = entry.replace('\\', '/').replaceAll("^/+", "");
            Path directory;
            if (relative.isEmpty() || relative.equals(".")) {
                directory = root;
            } else {
                try {
                    directory = root.resolve(RequestPath.normalize(relative));
                } catch (IllegalPathException | java.nio.file.InvalidPathException e) {
                    throw settings.invalid("upload.allow", "'" + entry + "' is not a directory name under the root");
                }
            }
            Path real = realDirectory(settings, "upload.allow", directory);
            if (!real.startsWith(root)) {
                throw settings.invalid("upload.allow", "'" + entry + "' leads outside tftp.upload.root");
            }
            allow.add(real);
        }
        return allow.isEmpty() ? List.of(root) : allow;
    }

    private static Path realDirectory(Settings settings, String key, Path path) throws InvalidSettingException {
        if (!Files.isDirectory(path)) {
            throw settings.invalid(key, path + " is not a directory");
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw settings.invalid(key, "cannot resolve " + path + ": " + e.getMessage());
        }
    }

    private static int umask(Settings settings, boolean permissive) throws InvalidSettingException {
        Optional<String> value = settings.get("upload.umask");
        if (value.isEmpty()) {
            // tftpd-hpa: no mask unless --permissive, which keeps the process's own
            return permissive ? ProcessUmask.current() : 0;
        }
        if (!OCTAL.matcher(value.get()).matches()) {
            throw settings.invalid("upload.umask", "expected an octal mask such as 022");
        }
        return Integer.parseInt(value.get(), 8);
    }

    /** A byte count, with an optional binary unit: {@code 1048576}, {@code 512k}, {@code 64M}, {@code 2GiB}. */
    static long size(Settings settings, String key, long defaultValue) throws InvalidSettingException {
        Optional<String> value = settings.get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Matcher m = SIZE.matcher(value.get().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw settings.invalid(key, "expected a size in bytes such as 1048576, 512k, 64M or 2G (0 = no limit)");
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long amount = Long.parseLong(m.group(1));
        if (amount > (Long.MAX_VALUE >> shift)) {
            throw settings.invalid(key, "too large");
        }
        return amount << shift;
    }
}
