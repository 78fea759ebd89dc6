package org.provgw.provider;

/**
 * A configuration value that is missing or wrong. Its message names the file, the key and the
 * value, so that start-up fails with a line the operator can act on:
 * {@code conf/provgw.properties: provider.fs.root = /srv/tftp: directory does not exist}.
 */
public class InvalidSettingException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;
    private final String source;

    /**
     * @param source the configuration file (or other source) the value came from
     * @param key the full key, e.g. {@code provider.fs.root}
     * @param value the value as written, or {@code null} when the key is missing
     * @param reason what is wrong with it
     */
    public InvalidSettingException(String source, String key, String value, String reason) {
        super(source + ": " + key + (value == null ? "" : " = " + value) + ": " + reason);
        this.key = key;
        this.value = value;
        this.source = source;
    }

    /** @return the full key, never {@code null} */
    public String key() {
        return key;
    }

    /** @return the value as written, or {@code null} when the key was missing */
    public String value() {
        return value;
    }

    /** @return the configuration file the value came from, never {@code null} */
    public String source() {
        return source;
    }
}
