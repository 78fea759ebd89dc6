package org.provgw.gateway.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds which JAR a {@link java.util.ServiceConfigurationError} came from. The error names the
 * class a services file listed but not the file, so the services files are read back and the one
 * listing that class is the culprit.
 */
final class ServiceFailures {

    private ServiceFailures() {
    }

    /**
     * @param loader the loader the services were looked up with
     * @param service the service interface
     * @param failure the error ServiceLoader raised
     * @return the JAR or folder whose services file lists the failing class; failing that, every
     *     location that has such a services file
     */
    static String locate(ClassLoader loader, Class<?> service, Throwable failure) {
        String text = messages(failure);
        List<String> all = new ArrayList<>();
        try {
            Enumeration<URL> files = loader.getResources("META-INF/services/" + service.getName());
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                String location = CodeLocation.describe(file);
                all.add(location);
                if (text.contains(file.toString()) || listsNamedClass(file, text)) {
                    return location;
                }
            }
        } catch (IOException e) {
            return "a plugin JAR (services files unreadable: " + e.getMessage() + ")";
        }
        return all.isEmpty() ? "a plugin JAR" : String.join(" or ", all);
    }

    private static boolean listsNamedClass(URL file, String text) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String name = (hash < 0 ? line : line.substring(0, hash)).trim();
                if (!name.isEmpty() && Pattern.compile("(?<![\\w.$])" + Pattern.quote(name) + "(?![\\w$])")
                        .matcher(text).find()) {
                    return true;
                }
            }
        } catch (IOException e) {
            // an unreadable services file is a culprit candidate only through the fallback list
        }
        return false;
    }

    private static String messages(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
