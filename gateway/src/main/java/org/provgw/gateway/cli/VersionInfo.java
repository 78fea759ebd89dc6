package org.provgw.gateway.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The build's version, from a resource Maven filters at build time. */
public final class VersionInfo implements IVersionProvider {

    private static final String RESOURCE = "/org/provgw/gateway/version.properties";

    /** @return the version, or {@code unknown} when the resource is missing */
    public static String version() {
        try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"provgw " + version() + " (Java " + Runtime.version() + ")"};
    }
}
