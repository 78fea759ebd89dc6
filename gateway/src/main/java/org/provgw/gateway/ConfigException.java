package org.provgw.gateway;

import java.util.Objects;
import java.util.Optional;
import org.provgw.provider.InvalidSettingException;

/**
 * A start-up failure the operator fixes by editing the configuration or the plugins folder: a
 * missing or unparsable file, an unknown key, a wrong value, two plugins with the same name. The
 * message names the file (or plugin JAR), the key and the value, in the shape of
 * {@link InvalidSettingException}: {@code conf/provgw.properties: executor.threads = 0: must be
 * between 1 and 1024}. The command line exits with status 2 on it.
 */
public class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String key;
    private final String value;

    /**
     * @param source the file, folder or JAR the problem is in, never {@code null}
     * @param key the full key, or {@code null} when the problem is not about one key
     * @param value the value as written, or {@code null} when there is none
     * @param reason what is wrong
     */
    public ConfigException(String source, String key, String value, String reason) {
        this(source, key, value, reason, null);
    }

    /**
     * @param source the file, folder or JAR the problem is in, never {@code null}
     * @param key the full key, or {@code null} when the problem is not about one key
     * @param value the value as written, or {@code null} when there is none
     * @param reason what is wrong
     * @param cause the underlying failure, or {@code null}
     */
    public ConfigException(String source, String key, String value, String reason, Throwable cause) {
        super(message(source, key, value, reason), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.key = key;
        this.value = value;
    }

    private ConfigException(InvalidSettingException cause) {
        super(cause.getMessage(), cause);
        this.source = cause.source();
        this.key = cause.key();
        this.value = cause.value();
    }

    /**
     * @param e a setting a factory or {@link org.provgw.provider.Settings} refused
     * @return the same failure as a configuration error, with the same message
     */
    public static ConfigException of(InvalidSettingException e) {
        return new ConfigException(e);
    }

    private static String message(String source, String key, String value, String reason) {
        StringBuilder sb = new StringBuilder(source).append(": ");
        if (key != null) {
            sb.append(key);
            if (value != null) {
                sb.append(" = ").append(value);
            }
            sb.append(": ");
        }
        return sb.append(reason).toString();
    }

    /** @return the file, folder or JAR the problem is in, never {@code null} */
    public String source() {
        return source;
    }

    /** @return the full key, or empty when the problem is not about one key */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** @return the value as written, or empty when there is none */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }
}
