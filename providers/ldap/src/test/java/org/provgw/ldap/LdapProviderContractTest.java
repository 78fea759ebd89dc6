package org.provgw.ldap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.provgw.cisco.build.BuildInput;
import org.provgw.cisco.build.CiscoConfigRenderer;
import org.provgw.cisco.build.ConfigName;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.serve.ServeAccess;
import org.provgw.provider.FileProvider;
import org.provgw.provider.tck.FileProviderContract;

/**
 * The LDAP provider passes the provider TCK. The expected files are rendered straight from the
 * records the fixture stands for ({@link Expected}), so the kit checks the whole path: entries
 * found and mapped, files built, cached and read.
 */
class LdapProviderContractTest implements FileProviderContract {

    private static TestDirectory directory;
    private static FileProvider provider;

    @BeforeAll
    static void start() throws Exception {
        directory = TestDirectory.start(TestDirectory.FIXTURE);
        provider = Providers.create(directory, Map.of());
    }

    @AfterAll
    static void stop() {
        provider.close();
        directory.close();
    }

    @Override
    public FileProvider testee() {
        return provider;
    }

    @Override
    public Map<String, byte[]> expectedFiles() {
        CiscoConfigRenderer renderer = new CiscoConfigRenderer();
        Map<String, byte[]> files = new TreeMap<>();
        for (Device device : Expected.devices()) {
            BuildInput input = new BuildInput(Optional.of(device), Optional.of(pool(device.pool())),
                    Expected.cluster(), Expected.models());
            for (ConfigName name : ServeAccess.deviceFiles(device.id())) {
                renderer.render(name, input).ifPresent(bytes -> files.put(name.fileName(), bytes));
            }
        }
        BuildInput cluster = new BuildInput(Optional.empty(), Optional.of(Expected.hq()), Expected.cluster(),
                Expected.models());
        for (ConfigName name : ServeAccess.clusterFiles()) {
            renderer.render(name, cluster).ifPresent(bytes -> files.put(name.fileName(), bytes));
        }
        return files;
    }

    @Override
    public List<String> absentNames() {
        return List.of("no-such-file.bin", "SEP000000000000.cnf.xml", "SEP0011AABBCC06.cnf.xml",
                "SEP0011AABBCC01.cnf.xml.sgn", "CTLSEP0011AABBCC01.tlv", "firmware/SEP0011AABBCC01.cnf.xml");
    }

    private static DevicePool pool(String name) {
        return name.equals("HQ") ? Expected.hq() : Expected.branch();
    }
}
