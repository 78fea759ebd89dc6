package org.provgw.cisco.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provgw.cisco.fixtures.CiscoFixtures.cluster;
import static org.provgw.cisco.fixtures.CiscoFixtures.inputFor;
import static org.provgw.cisco.fixtures.CiscoFixtures.legacyPhone;
import static org.provgw.cisco.fixtures.CiscoFixtures.modelDefaults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.fixtures.CiscoFixtures;
import org.provgw.cisco.fixtures.DeviceBuilder;
import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.CallManagerPorts;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.PhoneModel;
import org.provgw.cisco.model.ServiceUrls;

/** Legacy {@code SEP<MAC>.cnf}: the public sample, the Build CNF policies and the Build Selective table. */
class LegacyCnfRendererTest {

    private static final String SAMPLE = "legacy-cnf-public-sample.hex";

    private final CiscoConfigRenderer renderer = new CiscoConfigRenderer();

    private Optional<byte[]> render(Device device, BuildCnfPolicy policy) {
        return renderer.render(new ConfigName.DeviceCnf(device.id()), inputFor(device, cluster(policy)));
    }

    private static BuildInput onCallManager(Device device, String address, int port, BuildCnfPolicy policy) {
        CallManager node = new CallManager("cm", address, "", new CallManagerPorts(port, 5060, 5061, 2427, 2428));
        DevicePool pool = new DevicePool(device.pool(), CiscoFixtures.hqPool().dateTime(),
                new CallManagerGroup("g", List.of(node, CiscoFixtures.callManager("backup", "192.0.2.99"))),
                Optional.empty());
        return new BuildInput(Optional.of(device), Optional.of(pool), cluster(policy), modelDefaults());
    }

    @Test
    void sameInputAsThePublicSampleGivesIdenticalBytes() {
        Device device = DeviceBuilder.from(legacyPhone())
                .urls(new ServiceUrls("", "http://80.70.65.17/localdirectory", "", "", "", "", "")).build();
        BuildInput input = onCallManager(device, "80.70.65.17", 2000, BuildCnfPolicy.SELECTIVE);
        Golden.assertMatches(SAMPLE, renderer.render(new ConfigName.DeviceCnf(device.id()), input).orElseThrow());
    }

    @Test
    void fixturePhoneMatchesGoldenFile() {
        Golden.assertMatches("SEP0011AABBCC04.cnf.hex", render(legacyPhone(), BuildCnfPolicy.SELECTIVE).orElseThrow());
    }

    @Test
    void eachPolicyBuildsTheDevicesOfTheGoldenList() {
        List<String> actual = new ArrayList<>();
        for (BuildCnfPolicy policy : List.of(BuildCnfPolicy.ALL, BuildCnfPolicy.NONE, BuildCnfPolicy.SELECTIVE)) {
            for (Device device : CiscoFixtures.devices()) {
                actual.add(policy + " " + device.id().deviceName() + " "
                        + (render(device, policy).isPresent() ? "built" : "not built"));
            }
        }
        List<String> expected = new String(Golden.read("build-cnf-policies.txt"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(expected, actual);
    }

    @Test
    void everyBuiltFileIsTheSampleLayoutWithTheDevicesValues() {
        for (Device device : CiscoFixtures.devices()) {
            byte[] built = render(device, BuildCnfPolicy.ALL).orElseThrow();
            DevicePool pool = CiscoFixtures.pool(device.pool());
            CallManager primary = pool.callManagers().members().get(0);
            String url = device.urls().orElse(CiscoFixtures.DEFAULT_URLS).directory();
            assertArrayEquals(sampleLayout(primary.address(), primary.ports().sccp(), url), built,
                    device.id().deviceName());
        }
    }

    /** The public sample's bytes with its address, port and URL replaced. */
    private static byte[] sampleLayout(String address, int port, String url) {
        byte[] sample = Golden.read(SAMPLE);
        String[] octets = address.split("\\.");
        byte[] head = java.util.Arrays.copyOfRange(sample, 0, 18);
        for (int i = 0; i < 4; i++) {
            head[5 + i] = (byte) Integer.parseInt(octets[i]);
        }
        head[11] = (byte) port;
        head[12] = (byte) (port >> 8);
        head[13] = (byte) (port >> 16);
        head[14] = (byte) (port >> 24);
        byte[] tail = java.util.Arrays.copyOfRange(sample, sample.length - 5, sample.length);
        byte[] urlBytes = url.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + urlBytes.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(urlBytes, 0, out, head.length, urlBytes.length);
        System.arraycopy(tail, 0, out, head.length + urlBytes.length, tail.length);
        return out;
    }

    @Test
    void portIsLittleEndianAndAnEmptyUrlIsJustItsTerminator() {
        Device device = DeviceBuilder.from(legacyPhone()).build();
        BuildInput input = new BuildInput(Optional.of(device),
                onCallManager(device, "10.1.2.3", 65535, BuildCnfPolicy.ALL).pool(),
                new org.provgw.cisco.model.ClusterSettings(ServiceUrls.NONE, BuildCnfPolicy.ALL, true, "HQ"),
                modelDefaults());
        byte[] built = renderer.render(new ConfigName.DeviceCnf(device.id()), input).orElseThrow();
        assertArrayEquals(new byte[] {1, 1, 0, 1, 2, 10, 1, 2, 3, 1, 3, (byte) 0xFF, (byte) 0xFF, 0, 0, 4, 7, 0,
            0, 0, 0, 1, (byte) 0xFF}, built);
    }

    @Test
    void buildSelectiveTableMatchesByTypeCodeOrByName() {
        for (BuildSelectiveModels.Entry entry : BuildSelectiveModels.MODELS) {
            assertTrue(BuildSelectiveModels.isLegacy(new PhoneModel("Model " + entry.typeCode(), entry.typeCode())), entry.constant());
            assertTrue(BuildSelectiveModels.isLegacy(new PhoneModel(entry.name().toUpperCase(), 90000)), entry.constant());
        }
        for (PhoneModel xml : List.of(CiscoFixtures.CISCO_7942, CiscoFixtures.CISCO_7960, CiscoFixtures.CISCO_7940,
                CiscoFixtures.CISCO_8841, CiscoFixtures.CISCO_7970, new PhoneModel("Cisco 7910", 6))) {
            assertEquals(false, BuildSelectiveModels.isLegacy(xml), xml.name());
        }
    }

    @Test
    void callManagerHostNameCannotBeEncoded() {
        BuildInput input = onCallManager(legacyPhone(), "cucm1.example.com", 2000, BuildCnfPolicy.SELECTIVE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> renderer.render(new ConfigName.DeviceCnf(legacyPhone().id()), input));
        assertTrue(e.getMessage().contains("SEP0011AABBCC04") && e.getMessage().contains("cucm1.example.com"), e.getMessage());
        for (String bad : List.of("256.1.1.1", "1.2.3", "::1", "1.2.3.4.5")) {
            assertThrows(IllegalArgumentException.class, () -> renderer.render(new ConfigName.DeviceCnf(legacyPhone().id()),
                    onCallManager(legacyPhone(), bad, 2000, BuildCnfPolicy.SELECTIVE)), bad);
        }
    }

    @Test
    void urlOutsidePrintableAsciiIsRefused() {
        for (String url : List.of("http://d\u00e9j\u00e0/dir", "http://x/a b", "http://x/\u0000")) {
            Device device = DeviceBuilder.from(legacyPhone()).urls(new ServiceUrls("", url, "", "", "", "", "")).build();
            assertThrows(IllegalArgumentException.class, () -> render(device, BuildCnfPolicy.SELECTIVE), url);
        }
    }

    @Test
    void unknownDeviceIsNotFoundWhateverThePolicy() {
        BuildInput unknown = new BuildInput(Optional.empty(), Optional.empty(), cluster(BuildCnfPolicy.ALL), modelDefaults());
        assertEquals(Optional.empty(), renderer.render(new ConfigName.DeviceCnf(legacyPhone().id()), unknown));
    }
}
