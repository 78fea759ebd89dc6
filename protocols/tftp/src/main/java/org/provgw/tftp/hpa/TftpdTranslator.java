package org.provgw.tftp.hpa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns tftpd-hpa 5.2's options into a provgw configuration that behaves the same: one
 * filesystem provider over the directories, names matched with their exact case, tftpd-hpa's
 * retransmission schedule, its listener, its limits and its upload rules. Pure: the working
 * directory (for relative paths) comes in as an argument.
 */
final class TftpdTranslator {

    /** tftpd-hpa retransmits after T, 2T, 4T, 8T, 16T and 32T, then gives up: 5 retries, back-off up to 32T. */
    private static final int RETRIES = 5;
    private static final int BACKOFF = 32;
    private static final long MAX_TIMEOUT_MILLIS = 255_000;
    private static final long DEFAULT_RETRANSMIT_MICROS = 1_000_000;
    private static final int MAX_DIRECTORIES = 11;

    private final Path workingDirectory;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** @param workingDirectory where in.tftpd was started; relative paths are relative to it */
    TftpdTranslator(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath();
    }

    /**
     * @param options the parsed command line
     * @return the configuration and the launch
     * @throws TftpdUsageException naming the option provgw cannot honour, or tftpd-hpa's own
     *     complaint about the combination
     */
    Translation translate(TftpdOptions options) throws TftpdUsageException {
        if (options.version()) {
            return new Translation(Map.of(), Launch.VERSION, List.of());
        }
        List<String> directories = directories(options);
        provider(directories, options.permissive());
        options.mapFile().ifPresent(file -> properties.put("map-file", absolute(file)));
        listener(options);
        if (!options.secure()) {
            properties.put("tftp.path-prefixes", String.join(", ", directories));
        }
        options.blocksize().ifPresent(size -> properties.put("tftp.blksize.max", Integer.toString(size)));
        retransmission(options);
        options.portRange().ifPresent(range -> properties.put("tftp.port-range", range));
        if (!options.refused().isEmpty()) {
            properties.put("tftp.refuse-options", String.join(", ", options.refused()));
        }
        uploads(options, directories);
        Launch launch = new Launch(false, options.user().orElse("nobody"), options.user().isPresent(),
                options.standalone() && !options.foreground(), pidFile(options), logLevel(options.verbosity()),
                !options.standalone());
        return new Translation(properties, launch, notes);
    }

    private List<String> directories(TftpdOptions options) throws TftpdUsageException {
        List<String> directories = new ArrayList<>();
        for (String directory : options.directories()) {
            if (directory.isEmpty()) {
                throw new TftpdUsageException("an empty directory name");
            }
            directories.add(absolute(directory));
        }
        if (options.secure()) {
            if (directories.isEmpty()) {
                throw new TftpdUsageException("no -s directory");
            }
            if (directories.size() > 1) {
                throw new TftpdUsageException("too many -s directories");
            }
            return directories;
        }
        if (directories.isEmpty()) {
            throw new TftpdUsageException("no directory: without --secure and without directories tftpd-hpa serves"
                    + " any absolute path on the host, and provgw serves files only inside directories; add"
                    + " --secure DIRECTORY, or name the directories clients may read from");
        }
        if (directories.size() > MAX_DIRECTORIES) {
            throw new TftpdUsageException("too many directories: provgw searches a root and at most "
                    + (MAX_DIRECTORIES - 1) + " alternates");
        }
        for (String directory : directories) {
            if (directory.contains(",")) {
                throw new TftpdUsageException("directory " + directory + ": a comma in a directory name is not"
                        + " supported without --secure");
            }
        }
        return directories;
    }

    /**
     * tftpd-hpa matches names with their exact case, so the provider does too; without -p it
     * serves only files anyone may read.
     */
    private void provider(List<String> directories, boolean permissive) {
        properties.put("providers", "fs");
        properties.put("provider.fs.type", "filesystem");
        properties.put("provider.fs.root", directories.get(0));
        for (int i = 1; i < directories.size(); i++) {
            properties.put("provider.fs.alternate." + i, directories.get(i));
        }
        properties.put("provider.fs.case-insensitive", "false");
        properties.put("provider.fs.world-readable-only", Boolean.toString(!permissive));
    }

    private void listener(TftpdOptions options) throws TftpdUsageException {
        if (!options.standalone()) {
            properties.put("tftp.listen", "inherited");
            if (options.address().isPresent()) {
                notes.add("--address is ignored without --listen, as tftpd-hpa 5.2 ignores it: the socket on"
                        + " standard input is used");
            }
            if (options.family() != TftpdOptions.Family.ANY) {
                notes.add("-4/-6 are ignored without --listen, as tftpd-hpa 5.2 ignores them: the socket on"
                        + " standard input has its own family");
            }
            options.inetdTimeout().ifPresent(seconds -> notes.add("--timeout " + seconds + " is accepted and has no"
                    + " effect: tftpd-hpa would exit after that much idle time for inetd to restart it at the next"
                    + " request; provgw keeps serving the same socket, so clients see no difference"));
            return;
        }
        options.inetdTimeout().ifPresent(seconds -> notes.add("--timeout " + seconds + " is ignored with --listen,"
                + " as tftpd-hpa ignores it"));
        ListenAddress address = ListenAddress.of(options.address(), options.family());
        properties.put("tftp.listen", address.listen());
        address.allow().ifPresent(allow -> properties.put("tftp.allow", allow));
    }

    /** tftpd-hpa's schedule: the first timeout T (-T, in µs), doubling, giving up after 63T. */
    private void retransmission(TftpdOptions options) {
        long micros = options.retransmitMicros().orElse(DEFAULT_RETRANSMIT_MICROS);
        long millis = Math.round(micros / 1000.0);
        if (micros % 1000 != 0) {
            notes.add("--retransmit " + micros + " is rounded to " + millis + " ms: provgw's timeouts are whole"
                    + " milliseconds");
        }
        properties.put("tftp.timeout", millis + "ms");
        properties.put("tftp.timeout.max", Math.min(millis * BACKOFF, MAX_TIMEOUT_MILLIS) + "ms");
        properties.put("tftp.retries", Integer.toString(RETRIES));
    }

    /**
     * tftpd-hpa always accepts write requests: without {@code -c} onto existing world-writable
     * files, with it new files too, with {@code -p} any file its account may write. So uploads
     * are always on, into the (first) directory, replacing a file as tftpd-hpa does, and without
     * a size cap, which tftpd-hpa does not have.
     */
    private void uploads(TftpdOptions options, List<String> directories) {
        properties.put("tftp.upload.root", directories.get(0));
        properties.put("tftp.upload.create", Boolean.toString(options.create()));
        properties.put("tftp.upload.permissive", Boolean.toString(options.permissive()));
        properties.put("tftp.upload.overwrite", "overwrite");
        if (options.umask().isPresent()) {
            properties.put("tftp.upload.umask", options.umask().get());
        } else if (!options.permissive()) {
            properties.put("tftp.upload.umask", "0"); // tftpd-hpa: anyone may read and write new files
        }
        properties.put("tftp.upload.max-size", "0");
        if (directories.size() > 1) {
            notes.add("uploads go to " + directories.get(0) + " only: a write request naming a file in "
                    + String.join(", ", directories.subList(1, directories.size()))
                    + " is refused with ERROR 2, where tftpd-hpa would write there");
        }
    }

    private Optional<String> pidFile(TftpdOptions options) {
        if (options.pidFile().isPresent() && !options.standalone()) {
            notes.add("not in standalone mode, ignoring pid file (as tftpd-hpa does)");
            return Optional.empty();
        }
        return options.pidFile().map(this::absolute);
    }

    /** tftpd-hpa logs each request from -v on, which provgw's access log always does. */
    private static String logLevel(int verbosity) {
        return verbosity >= 3 ? "TRACE" : verbosity == 2 ? "DEBUG" : "INFO";
    }

    private String absolute(String path) {
        return workingDirectory.resolve(path).normalize().toString();
    }
}
