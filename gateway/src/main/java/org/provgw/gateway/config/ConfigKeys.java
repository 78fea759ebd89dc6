package org.provgw.gateway.config;

import java.util.Set;

/**
 * The gateway's own configuration keys, their defaults and limits, in one place. Provider and
 * protocol keys belong to their factories ({@code settingKeys()}).
 */
public final class ConfigKeys {

    /** Chain order: comma-separated provider instance names. Required. */
    public static final String PROVIDERS = "providers";
    /** Prefix of a provider instance's section: {@code provider.<name>.<key>}. */
    public static final String PROVIDER_PREFIX = "provider.";
    /** The key (relative to the provider's section) selecting the factory. Required. */
    public static final String PROVIDER_TYPE = "type";
    /** The plugin JAR folder; relative to the configuration file. */
    public static final String PLUGINS_DIR = "plugins.dir";
    /** Threads of the blocking look-up pool. */
    public static final String EXECUTOR_THREADS = "executor.threads";
    /** Look-ups that may wait for a thread before endpoints are told the gateway is busy. */
    public static final String EXECUTOR_QUEUE = "executor.queue";
    /** A tftpd-hpa map file of name-rewriting rules, applied by every protocol; relative to the configuration file. */
    public static final String MAP_FILE = "map-file";
    /** The key (relative to a protocol's section) whose presence enables that protocol. */
    public static final String LISTEN = "listen";

    public static final int DEFAULT_THREADS = 16;
    public static final int MIN_THREADS = 1;
    public static final int MAX_THREADS = 1024;
    public static final int DEFAULT_QUEUE = 10_000;
    /** 0 means no waiting at all: a look-up runs on a free thread or is refused. */
    public static final int MIN_QUEUE = 0;
    public static final int MAX_QUEUE = 1_000_000;

    /** Top-level keys that are neither a provider's nor a protocol's. */
    public static final Set<String> GATEWAY_KEYS =
            Set.of(PROVIDERS, PLUGINS_DIR, EXECUTOR_THREADS, EXECUTOR_QUEUE, MAP_FILE);

    /** First key segments a protocol may not use as its name, since gateway keys start with them. */
    public static final Set<String> RESERVED_PREFIXES = Set.of("provider", "providers", "plugins", "executor", "map-file");

    /** System property holding the installation folder ({@code $PROVGW_HOME}). */
    public static final String HOME_PROPERTY = "provgw.home";
    /** The configuration file, relative to the installation folder or the working directory. */
    public static final String DEFAULT_CONFIG = "conf/provgw.properties";
    /** The default plugin folder, relative to the installation folder. */
    public static final String DEFAULT_PLUGINS = "plugins";

    private ConfigKeys() {
    }
}
