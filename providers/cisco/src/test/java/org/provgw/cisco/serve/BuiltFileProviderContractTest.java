package org.provgw.cisco.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.provgw.cisco.build.BuildInput;
import org.provgw.cisco.build.ConfigName;
import org.provgw.cisco.model.Device;
import org.provgw.provider.FileProvider;
import org.provgw.provider.tck.FileProviderContract;

/**
 * The serving layer passes the provider TCK. The expected files are rendered straight from the
 * records, not through the provider, so the kit checks what the provider adds: look-up, caching
 * and reads.
 */
class BuiltFileProviderContractTest implements FileProviderContract {

    private final ManualTicker ticker = new ManualTicker();
    private BuiltFileProvider provider;

    @BeforeEach
    void open() {
        provider = Serving.open(Records.standardSource(), ticker);
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Override
    public FileProvider testee() {
        return provider;
    }

    @Override
    public Map<String, byte[]> expectedFiles() {
        List<Device> devices = List.of(Records.sccp("0011AABBCC01", Records.M7941, "Site-A"),
                Records.sip("0011AABBCC03", Records.M7960, "Site-A", "4103"),
                Records.sip("0011AABBCC04", Records.M8841, "Site-B", "4104"));
        Map<String, byte[]> files = new TreeMap<>();
        PlainRenderer renderer = new PlainRenderer();
        for (Device device : devices) {
            BuildInput input = new BuildInput(Optional.of(device), Optional.of(pool(device.pool())), Records.CLUSTER,
                    Records.MODELS);
            for (ConfigName name : new BuildUnit.DeviceUnit(device.id()).names()) {
                renderer.render(name, input).ifPresent(b -> files.put(name.fileName(), b));
            }
        }
        BuildInput cluster = new BuildInput(Optional.empty(), Optional.of(pool("Site-A")), Records.CLUSTER,
                Records.MODELS);
        files.put("XMLDefault.cnf.xml", renderer.render(new ConfigName.XmlDefault(), cluster).orElseThrow());
        files.put("SIPDefault.cnf", "sipdefault Site-A[192.0.2.11,192.0.2.12]\n".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static org.provgw.cisco.model.DevicePool pool(String name) {
        return name.equals("Site-A") ? Records.pool("Site-A", "192.0.2.11", "192.0.2.12")
                : Records.pool("Site-B", "198.51.100.11");
    }
}
