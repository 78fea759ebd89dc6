package org.provgw.cisco.serve;

import java.util.List;

import org.provgw.cisco.build.ConfigName;
import org.provgw.provider.DeviceId;
import org.provgw.provider.FileProvider;

/**
 * Test access to the serving layer's package-private parts (a test class in the same package):
 * polling for changes on the test's thread, so that a test knows the change was applied, and the
 * names a unit builds.
 */
public final class ServeAccess {

    private ServeAccess() {
    }

    /** Asks the provider's source for changes and applies them before returning. */
    public static void poll(FileProvider provider) {
        ((BuiltFileProvider) provider).pollChanges();
    }

    /** @return the provider's counters */
    public static ServeStats stats(FileProvider provider) {
        return ((BuiltFileProvider) provider).stats();
    }

    /** @return the files the serving layer builds for a device */
    public static List<ConfigName> deviceFiles(DeviceId device) {
        return new BuildUnit.DeviceUnit(device).names();
    }

    /** @return the cluster-wide files */
    public static List<ConfigName> clusterFiles() {
        return BuildUnit.CLUSTER.names();
    }
}
