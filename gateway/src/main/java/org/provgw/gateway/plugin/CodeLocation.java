package org.provgw.gateway.plugin;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;

/** Where a class was loaded from, for messages that tell the operator which JAR to look at. */
final class CodeLocation {

    private CodeLocation() {
    }

    /**
     * @param type a class
     * @return its JAR or class folder as a file path, or a description when it has none
     */
    static String of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "the Java runtime";
        }
        return describe(source.getLocation());
    }

    /**
     * @param url a {@code file:} URL, or a {@code jar:file:…!/entry} URL
     * @return the file path of the folder or JAR, or the URL itself when it is neither
     */
    static String describe(URL url) {
        String text = url.toString();
        if (text.startsWith("jar:")) {
            int bang = text.indexOf("!/");
            text = text.substring("jar:".length(), bang < 0 ? text.length() : bang);
        }
        if (text.startsWith("file:")) {
            try {
                return Path.of(new java.net.URI(text)).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return text;
            }
        }
        return text;
    }
}
