package org.provgw.gateway.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DisabledListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.io.FileHandler;
import org.provgw.gateway.ConfigException;

/**
 * Reads the configuration file once into a {@link ConfigSource}, in UTF-8, with commons-configuration2's
 * properties syntax. List splitting stays off (commas reach {@code Settings.getList} untouched),
 * values are not interpolated, and {@code include} lines are refused because every setting of a
 * gateway must be visible in the one file {@code --check} validates.
 */
public final class ConfigFile {

    private static final char BOM = '\uFEFF';

    private ConfigFile() {
    }

    /**
     * @param file the configuration file
     * @return its keys and values in file order
     * @throws ConfigException if the file is missing, unreadable, not UTF-8, does not parse,
     *     sets a key twice or uses {@code include}
     */
    public static ConfigSource read(Path file) throws ConfigException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new ConfigException(name, null, null, "configuration file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(name, null, null, "not a regular file");
        }
        PropertiesConfiguration config = new PropertiesConfiguration();
        config.setListDelimiterHandler(DisabledListDelimiterHandler.INSTANCE);
        config.setIncludesAllowed(false);
        RecordingReaderFactory readers = new RecordingReaderFactory();
        config.setIOFactory(readers);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            new FileHandler(config).load(skipByteOrderMark(reader));
        } catch (IOException | ConfigurationException | RuntimeException e) {
            throw new ConfigException(name, null, null, describe(e), e);
        }
        readers.refuseIncludes(name);
        return new ConfigSource(file, values(config, name));
    }

    private static Reader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    private static Map<String, String> values(PropertiesConfiguration config, String name)
            throws ConfigException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<String> keys = config.getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            Object value = config.getProperty(key);
            if (value instanceof Collection<?> repeated) {
                throw new ConfigException(name, key, null,
                        "is set " + repeated.size() + " times " + repeated + "; set it once");
            }
            values.put(key, value == null ? "" : value.toString());
        }
        return values;
    }

    /** commons-configuration wraps what went wrong; the innermost cause that we recognise says it best. */
    private static String describe(Exception e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "does not parse: not valid UTF-8";
            }
            if (t instanceof LineFailure) {
                return "does not parse: " + t.getMessage();
            }
            root = t;
        }
        if (root instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (root instanceof IOException) {
            return "cannot read: " + root.getMessage();
        }
        return "does not parse: " + root.getMessage();
    }

    /** A syntax error with the line it was found on. */
    private static final class LineFailure extends IOException {
        private static final long serialVersionUID = 1L;

        LineFailure(int line, RuntimeException cause) {
            super("line " + line + ": " + cause.getMessage(), cause);
        }
    }

    /**
     * Sees every property line as the parser reads it: notes the {@code include} lines the
     * configuration would otherwise drop silently, and adds the line number to parse errors.
     */
    private static final class RecordingReaderFactory extends PropertiesConfiguration.DefaultIOFactory {
        private final List<String[]> includes = new ArrayList<>();

        @Override
        public PropertiesConfiguration.PropertiesReader createPropertiesReader(Reader in) {
            return new PropertiesConfiguration.PropertiesReader(in) {
                @Override
                public boolean nextProperty() throws IOException {
                    boolean found;
                    try {
                        found = super.nextProperty();
                    } catch (RuntimeException e) {
                        throw new LineFailure(getLineNumber(), e);
                    }
                    if (found && isInclude(getPropertyName())) {
                        includes.add(new String[] {getPropertyName(), getPropertyValue()});
                    }
                    return found;
                }
            };
        }

        private static boolean isInclude(String key) {
            return key.equalsIgnoreCase(PropertiesConfiguration.getInclude())
                    || key.equalsIgnoreCase(PropertiesConfiguration.getIncludeOptional());
        }

        void refuseIncludes(String name) throws ConfigException {
            if (!includes.isEmpty()) {
                String[] first = includes.get(0);
                throw new ConfigException(name, first[0], first[1],
                        "includes are not supported: put every setting in this file");
            }
        }
    }
}
