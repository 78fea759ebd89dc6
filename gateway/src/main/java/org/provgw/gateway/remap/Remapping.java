package org.provgw.gateway.remap;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.config.ConfigKeys;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.NameRewriter;

/**
 * The map file as the gateway runs it: the rules loaded at start-up (a bad file stops the start),
 * the rewriter every endpoint shares, and the watcher that reloads the file until
 * {@link #close()}. Commands that look a name up once load it the same way with {@link #once}.
 */
public final class Remapping implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(Remapping.class);

    private final MapFileRewriter rewriter;
    private final MapFileWatcher watcher;

    private Remapping(MapFileRewriter rewriter, MapFileWatcher watcher) {
        this.rewriter = rewriter;
        this.watcher = watcher;
    }

    /**
     * Loads the map file and starts watching it.
     *
     * @param mapFile the file {@code map-file} names
     * @param resolver the provider chain, for {@code E} rules
     * @param configFile the configuration file, for messages
     * @return the running remapping
     * @throws ConfigException if the file cannot be read or a line is invalid
     */
    public static Remapping start(Path mapFile, FileResolver resolver, String configFile) throws ConfigException {
        return start(mapFile, resolver, configFile, MapFileWatcher.DEFAULT_INTERVAL);
    }

    static Remapping start(Path mapFile, FileResolver resolver, String configFile, Duration interval)
            throws ConfigException {
        FileStamp stamp = FileStamp.of(mapFile);
        MapFileRewriter rewriter = load(mapFile, resolver, configFile);
        return new Remapping(rewriter, new MapFileWatcher(mapFile, rewriter, stamp).start(interval));
    }

    /**
     * Loads the map file exactly as {@link #start} does, but does not watch it: for a command that
     * looks a name up once, as a request would ({@code provgw render}).
     *
     * @param mapFile the file {@code map-file} names
     * @param resolver the provider chain, for {@code E} rules
     * @param configFile the configuration file, for messages
     * @return the rewriter the endpoints would get
     * @throws ConfigException if the file cannot be read or a line is invalid
     */
    public static NameRewriter once(Path mapFile, FileResolver resolver, String configFile) throws ConfigException {
        return load(mapFile, resolver, configFile);
    }

    private static MapFileRewriter load(Path mapFile, FileResolver resolver, String configFile)
            throws ConfigException {
        RuleSet rules;
        try {
            rules = MapFileLoader.load(mapFile);
        } catch (MapFileException e) {
            throw new ConfigException(configFile, ConfigKeys.MAP_FILE, mapFile.toString(), e.getMessage(), e);
        }
        rules.warnings().forEach(w -> LOG.warn("map file {}: {}", mapFile, w));
        LOG.info("map file {}: {} rules", mapFile, rules.ruleCount());
        return new MapFileRewriter(rules, new ChainProbe(resolver));
    }

    /** @return the rewriter to hand to every endpoint */
    public NameRewriter rewriter() {
        return rewriter;
    }

    /** Stops watching the file; the rewriter keeps its last rules. Idempotent. */
    @Override
    public void close() {
        watcher.close();
    }
}
