package org.provgw.gateway.remap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reloads the map file when it changes, and on SIGHUP, into a {@link MapFileRewriter}.
 *
 * <p>Change detection polls the file's modification time, size and inode every interval
 * (one second by default) rather than using a {@code WatchService}: a poll follows symbolic links
 * (a map file that is a link re-pointed by configuration management, as with Kubernetes
 * ConfigMaps, whose directory watch sees nothing), works on network file systems, and costs one
 * {@code stat} a second. A change is loaded once two polls in a row see the same stamp, so that a
 * file still being written is not read half-way; SIGHUP loads at once.
 *
 * <p>A reload that fails (a bad line, a missing or unreadable file) keeps the rules in force and
 * logs the reason once for that state of the file; the next change tries again. One thread does
 * all the work, so reloads never overlap.
 */
final class MapFileWatcher implements AutoCloseable {

    /** How often the file is looked at. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = LogManager.getLogger(MapFileWatcher.class);

    private final Path file;
    private final MapFileRewriter target;
    private FileStamp loaded;
    private FileStamp seen;
    private FileStamp failed;
    private ScheduledExecutorService timer;
    private Optional<AutoCloseable> hangup = Optional.empty();

    /**
     * @param file the map file
     * @param target where reloaded rules go
     * @param loaded the stamp of the file the target's rules were read from
     */
    MapFileWatcher(Path file, MapFileRewriter target, FileStamp loaded) {
        this.file = Objects.requireNonNull(file, "file");
        this.target = Objects.requireNonNull(target, "target");
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.seen = loaded;
    }

    /**
     * Starts polling and listening for SIGHUP.
     *
     * @param interval how often to poll
     * @return this
     */
    synchronized MapFileWatcher start(Duration interval) {
        if (timer != null) {
            throw new IllegalStateException("already started");
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "provgw-map-file");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::pollQuietly, millis, millis, TimeUnit.MILLISECONDS);
        hangup = HangupSignal.subscribe(this::onHangup);
        return this;
    }

    /** @return whether SIGHUP reloads the file (it cannot on every JVM) */
    synchronized boolean listensForHangup() {
        return hangup.isPresent();
    }

    /** Looks at the file once; loads it if it changed and has settled since the previous look. */
    synchronized void poll() {
        FileStamp now = FileStamp.of(file);
        if (now.equals(loaded) || now.equals(failed)) {
            seen = now;
            return;
        }
        if (!now.equals(seen)) {
            seen = now; // changed since the last look: wait until it stays put for one interval
            return;
        }
        reload(now, "changed");
    }

    /** Loads the file now, changed or not, as SIGHUP asks. */
    synchronized void reloadNow() {
        FileStamp now = FileStamp.of(file);
        seen = now;
        reload(now, "SIGHUP");
    }

    private void reload(FileStamp before, String why) {
        RuleSet current = target.rules();
        if (!before.visible()) {
            if (!before.equals(failed)) {
                LOG.error("map file {} not reloaded ({}): {}; keeping the {} rules loaded before", file, why,
                        before.problem(), current.ruleCount());
            }
            failed = before;
            return;
        }
        RuleSet rules;
        try {
            byte[] bytes = MapFileLoader.read(file);
            FileStamp after = FileStamp.of(file);
            if (!after.equals(before)) {
                seen = after; // written to while being read: the next poll tries again
                return;
            }
            rules = MapFileParser.parse(bytes, file.toString());
        } catch (MapFileException e) {
            if (!before.equals(failed) || why.equals("SIGHUP")) {
                LOG.error("map file {} not reloaded ({}): {}; keeping the {} rules loaded before", file, why,
                        e.getMessage(), current.ruleCount());
            }
            failed = before;
            return;
        }
        target.replace(rules);
        loaded = before;
        failed = null;
        LOG.info("map file {} reloaded ({}): {} rules", file, why, rules.ruleCount());
        rules.warnings().forEach(w -> LOG.warn("map file {}: {}", file, w));
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) { // a scheduled task that throws is never run again
            LOG.error("watching map file {} failed", file, e);
        }
    }

    /** On the JVM's signal thread: hand the work to the watcher's own thread. */
    private void onHangup() {
        ScheduledExecutorService executor;
        synchronized (this) {
            executor = timer;
        }
        if (executor == null) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    reloadNow();
                } catch (RuntimeException e) {
                    LOG.error("reloading map file {} failed", file, e);
                }
            });
        } catch (RejectedExecutionException e) {
            // stopping: nothing to reload into
        }
    }

    /** Stops polling and listening for SIGHUP. Idempotent. */
    @Override
    public void close() {
        ScheduledExecutorService executor;
        Optional<AutoCloseable> subscription;
        synchronized (this) {
            executor = timer;
            subscription = hangup;
            timer = null;
            hangup = Optional.empty();
        }
        subscription.ifPresent(s -> {
            try {
                s.close();
            } catch (Exception e) {
                LOG.warn("cannot stop listening for SIGHUP: {}", e.toString());
            }
        });
        if (executor != null) {
            executor.shutdown(); // cancels the polls; a reload already running finishes
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
