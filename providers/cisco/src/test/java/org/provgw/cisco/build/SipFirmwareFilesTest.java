package org.provgw.cisco.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provgw.cisco.fixtures.CiscoFixtures.cluster;
import static org.provgw.cisco.fixtures.CiscoFixtures.clusterInput;
import static org.provgw.cisco.fixtures.CiscoFixtures.inputFor;
import static org.provgw.cisco.fixtures.CiscoFixtures.modelDefaults;
import static org.provgw.cisco.fixtures.CiscoFixtures.sipFirmwarePhone;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.cisco.fixtures.CiscoFixtures;
import org.provgw.cisco.fixtures.DeviceBuilder;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.CallManagerPorts;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.PhoneModel;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.SpeedDial;

/** {@code SIP<MAC>.cnf} and {@code SIPDefault.cnf}: golden files, which devices get one, and values the format cannot carry. */
class SipFirmwareFilesTest {

    /** A setting line: key, colon, space, then a quoted string without quote, semicolon or line break, or a number. */
    private static final Pattern LINE = Pattern.compile("[a-z0-9_]+: (\"[^\"\\r\\n;]*\"|[0-9]+|[a-z]+)");

    private final CiscoConfigRenderer renderer = new CiscoConfigRenderer();

    private Optional<byte[]> render(Device device) {
        return renderer.render(new ConfigName.SipFirmwareCnf(device.id()), inputFor(device));
    }

    private static List<String> lines(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        assertTrue(text.endsWith("\n"), "file ends with a line feed");
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private static void assertEveryLineIsASetting(byte[] file) {
        for (String line : lines(file)) {
            assertTrue(LINE.matcher(line).matches(), "not a setting line: " + line);
        }
    }

    @Test
    void sipFirmwarePhoneMatchesGoldenFile() {
        Golden.assertMatches("SIP0011AABBCC03.cnf", render(sipFirmwarePhone()));
    }

    @Test
    void sipDefaultMatchesGoldenFile() {
        Golden.assertMatches("SIPDefault.cnf", renderer.render(new ConfigName.SipDefault(), clusterInput()));
    }

    @Test
    void onlySipDevicesOf7940Or7960ModelsGetOne() {
        assertEquals(Optional.empty(), render(DeviceBuilder.from(sipFirmwarePhone()).protocol(DeviceProtocol.SCCP).build()));
        assertEquals(Optional.empty(), render(CiscoFixtures.sipPhone()));
        assertEquals(Optional.empty(), render(CiscoFixtures.sccpPhone()));
        assertTrue(render(DeviceBuilder.from(sipFirmwarePhone()).model(CiscoFixtures.CISCO_7940).build()).isPresent());
        assertTrue(render(DeviceBuilder.from(sipFirmwarePhone()).model(new PhoneModel("cisco 7940", 90001)).build())
                .isPresent(), "recognised by name when the code is not CallManager's");
        BuildInput unknown = new BuildInput(Optional.empty(), Optional.empty(), cluster(), modelDefaults());
        assertEquals(Optional.empty(), renderer.render(new ConfigName.SipFirmwareCnf(sipFirmwarePhone().id()), unknown));
    }

    @Test
    void imageVersionOnlyFromTheDevicesOwnOverride() {
        byte[] file = render(DeviceBuilder.from(sipFirmwarePhone()).loadOverride(null).build()).orElseThrow();
        assertFalse(lines(file).stream().anyMatch(l -> l.startsWith("image_version")), "the model default is SCCP's");
    }

    @Test
    void sipDefaultWithoutPoolHasNoProxiesAndWithoutNtpNoTimeServer() {
        BuildInput noPool = new BuildInput(Optional.empty(), Optional.empty(), cluster(), modelDefaults());
        byte[] file = renderer.render(new ConfigName.SipDefault(), noPool).orElseThrow();
        assertFalse(lines(file).stream().anyMatch(l -> l.startsWith("proxy1_") || l.startsWith("sntp")));
        BuildInput branch = new BuildInput(Optional.empty(), Optional.of(CiscoFixtures.branchPool()), cluster(), modelDefaults());
        List<String> branchLines = lines(renderer.render(new ConfigName.SipDefault(), branch).orElseThrow());
        assertTrue(branchLines.contains("proxy1_address: \"192.0.2.23\""));
        assertFalse(branchLines.stream().anyMatch(l -> l.startsWith("proxy_backup") || l.startsWith("sntp")));
        assertEveryLineIsASetting(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sales \"A\"", "Sales; floor 2", "two\nlines", "cr\rhere", "tab\there", "bell\u0007",
            "Z\u00fcrich", "\u6771\u4eac", "smile \ud83d\ude00", "  spaced  ", ""})
    void labelsTheFormatCannotCarryAreMadeSafe(String label) {
        Device device = DeviceBuilder.from(sipFirmwarePhone())
                .line(new SipLine(1, "4201", label, label, "", "pw"))
                .speedDial(new SpeedDial(1, "4101", label))
                .build();
        byte[] file = render(device).orElseThrow();
        assertEveryLineIsASetting(file);
        assertEquals(lines(render(sipFirmwarePhone()).orElseThrow()).size()
                - (label.isEmpty() ? 2 : 0), lines(file).size(), "one line per setting");
    }

    @Test
    void labelsKeepWhatTheFormatCarries() {
        Device device = DeviceBuilder.from(sipFirmwarePhone())
                .line(new SipLine(1, "4201", "M\u00fcller \"M\"; 1\n2", "Caf\u00e9 \u6771", "", "pw")).build();
        List<String> lines = lines(render(device).orElseThrow());
        assertTrue(lines.contains("line1_shortname: \"M\u00fcller 'M', 1 2\""), lines.toString());
        assertTrue(lines.contains("line1_displayname: \"Caf\u00e9 ?\""), lines.toString());
        byte[] file = render(device).orElseThrow();
        assertTrue(new String(file, StandardCharsets.ISO_8859_1).contains("M\u00fcller"), "written in ISO-8859-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"42\"01", "42;01", "42\n01", "42\r01", "42\u000101", "42\u010201"})
    void valuesThePhoneActsOnAreRefusedNotChanged(String bad) {
        List<UnaryOperator<DeviceBuilder>> changes = List.of(
                b -> b.line(new SipLine(1, bad, "Lab", "", "", "pw")),
                b -> b.line(new SipLine(1, "4201", "Lab", "", bad, "pw")),
                b -> b.line(new SipLine(1, "4201", "Lab", "", "", bad)),
                b -> b.speedDial(new SpeedDial(1, bad, "Reception")),
                b -> b.loadOverride(bad),
                b -> b.urls(new org.provgw.cisco.model.ServiceUrls("", bad, "", "", "", "", "")));
        for (UnaryOperator<DeviceBuilder> change : changes) {
            Device device = change.apply(DeviceBuilder.from(sipFirmwarePhone())).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> render(device));
            assertFalse(e.getMessage().contains(bad), "the value is not repeated (it may be a password): " + e.getMessage());
            assertTrue(e.getMessage().contains("SIP0011AABBCC03.cnf"), e.getMessage());
        }
    }

    @Test
    void callManagerAddressTheFormatCannotCarryIsRefused() {
        CallManager bad = new CallManager("cm1", "192.0.2.21\"; x", "", CallManagerPorts.DEFAULTS);
        DevicePool pool = new DevicePool(CiscoFixtures.HQ, CiscoFixtures.hqPool().dateTime(),
                new CallManagerGroup("g", List.of(bad)), Optional.empty());
        BuildInput input = new BuildInput(Optional.of(sipFirmwarePhone()), Optional.of(pool), cluster(), modelDefaults());
        assertThrows(IllegalArgumentException.class,
                () -> renderer.render(new ConfigName.SipFirmwareCnf(sipFirmwarePhone().id()), input));
        assertThrows(IllegalArgumentException.class, () -> renderer.render(new ConfigName.SipDefault(),
                new BuildInput(Optional.empty(), Optional.of(pool), cluster(), modelDefaults())));
    }

    @Test
    void perLineProxyIsThePrimaryCallManagersSipPort() {
        CallManager primary = new CallManager("cm1", "192.0.2.21", "", new CallManagerPorts(2000, 5070, 5071, 2427, 2428));
        DevicePool pool = new DevicePool(CiscoFixtures.HQ, CiscoFixtures.hqPool().dateTime(),
                new CallManagerGroup("g", List.of(primary)), Optional.empty());
        BuildInput input = new BuildInput(Optional.of(sipFirmwarePhone()), Optional.of(pool), cluster(), modelDefaults());
        List<String> lines = lines(renderer.render(new ConfigName.SipFirmwareCnf(sipFirmwarePhone().id()), input).orElseThrow());
        assertTrue(lines.contains("proxy1_port: 5070") && lines.contains("proxy2_port: 5070"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("proxy_backup")), "a single CallManager has no backup");
    }
}
