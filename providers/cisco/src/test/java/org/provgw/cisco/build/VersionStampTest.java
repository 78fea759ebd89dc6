package org.provgw.cisco.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provgw.cisco.fixtures.CiscoFixtures.cluster;
import static org.provgw.cisco.fixtures.CiscoFixtures.hqPool;
import static org.provgw.cisco.fixtures.CiscoFixtures.inputFor;
import static org.provgw.cisco.fixtures.CiscoFixtures.modelDefaults;
import static org.provgw.cisco.fixtures.CiscoFixtures.sccpPhone;
import static org.provgw.cisco.fixtures.CiscoFixtures.sipPhone;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.provgw.cisco.fixtures.CiscoFixtures;
import org.provgw.cisco.fixtures.DeviceBuilder;
import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.CallManagerPorts;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.DateTimeSetting;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.PhoneModel;
import org.provgw.cisco.model.SecurityMode;
import org.provgw.cisco.model.ServiceUrls;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.SpeedDial;
import org.provgw.cisco.model.Srst;

/** The {@code versionStamp} changes whenever the file's content changes, and only then. */
class VersionStampTest {

    private static final Pattern SHAPE =
            Pattern.compile("\\d{1,10}-[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private static final CiscoConfigRenderer RENDERER = new CiscoConfigRenderer();

    private static byte[] file(BuildInput input) {
        Device device = input.device().orElseThrow();
        return RENDERER.render(new ConfigName.DeviceXml(device.id()), input).orElseThrow();
    }

    private static String stamp(BuildInput input) {
        return Parsed.text(Parsed.parse(file(input)), "versionStamp");
    }

    static Stream<StringFields.Field> deviceFileStringFields() {
        return StringFields.all().stream().filter(f -> f.file() instanceof ConfigName.DeviceXml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviceFileStringFields")
    void changingAStringFieldChangesTheStamp(StringFields.Field field) {
        assertNotEquals(stamp(field.input().apply("alpha")), stamp(field.input().apply("beta")));
        assertEquals(stamp(field.input().apply("alpha")), stamp(field.input().apply("alpha")));
    }

    static Stream<Arguments> otherChanges() {
        Device sccp = sccpPhone();
        Device sip = sipPhone();
        DevicePool hq = hqPool();
        CallManager cm1 = hq.callManagers().members().get(0);
        CallManager cm2 = hq.callManagers().members().get(1);
        Map<String, BuildInput> changes = new java.util.LinkedHashMap<>();
        changes.put("protocol", inputFor(DeviceBuilder.from(sccp).protocol(DeviceProtocol.SIP).build()));
        changes.put("security mode", inputFor(DeviceBuilder.from(sccp).security(SecurityMode.AUTHENTICATED).build()));
        changes.put("idle timeout", inputFor(DeviceBuilder.from(sccp).idleTimeout(30).build()));
        changes.put("model (other default load)", inputFor(DeviceBuilder.from(sccp).model(CiscoFixtures.CISCO_7970).build()));
        changes.put("vendorConfig setting added", inputFor(DeviceBuilder.from(sccp).vendorConfig("garp", "1").build()));
        changes.put("user locale removed", inputFor(DeviceBuilder.from(sccp).userLocale(null).build()));
        changes.put("network locale removed", inputFor(DeviceBuilder.from(sccp).networkLocale(null).build()));
        changes.put("device URL dropped for the default", inputFor(DeviceBuilder.from(sccp).urls(ServiceUrls.NONE).build()));
        changes.put("model default load", new BuildInput(Optional.of(sccp), Optional.of(hq), cluster(),
                List.of(new ModelDefault(CiscoFixtures.CISCO_7942, "SCCP42.9-3-1SR4-1S"))));
        changes.put("CallManager order", withPool(sccp, group(cm2, cm1)));
        changes.put("CallManager removed", withPool(sccp, group(cm1)));
        changes.put("SCCP port", withPool(sccp, group(new CallManager("cm1", "192.0.2.21", cm1.description(),
                new CallManagerPorts(2002, 5060, 5061, 2427, 2428)), cm2)));
        changes.put("SRST removed", withPool(sccp, new DevicePool("HQ", hq.dateTime(), hq.callManagers(), Optional.empty())));
        changes.put("SRST port", withPool(sccp, new DevicePool("HQ", hq.dateTime(), hq.callManagers(),
                Optional.of(new Srst("HQ SRST", "User Defined", List.of("192.0.2.1"), 2001, 5060)))));
        changes.put("NTP server removed", withPool(sccp, new DevicePool("HQ", new DateTimeSetting("CMLocal", "D/M/Y",
                "GMT Standard/Daylight Time", "Europe/London", List.of("192.0.2.10")), hq.callManagers(), hq.srst())));
        changes.put("SIP line added", inputFor(DeviceBuilder.from(sip).line(new SipLine(3, "4103", "", "", "", "")).build()));
        changes.put("SIP line moved", inputFor(DeviceBuilder.from(sip).lines(List.of(new SipLine(5, "4101", "Sales 4101",
                "Sales", "", "s3cret"), sip.lines().get(1))).build()));
        changes.put("speed dial added", inputFor(DeviceBuilder.from(sip).speedDial(new SpeedDial(3, "5", "x")).build()));
        changes.put("MGCP listen port", new BuildInput(Optional.of(sip), Optional.of(new DevicePool("Branch",
                CiscoFixtures.branchPool().dateTime(), group(new CallManager("cm3", "192.0.2.23", "cm3 at 192.0.2.23",
                new CallManagerPorts(2000, 5060, 5061, 2437, 2428))), Optional.empty())), cluster(), modelDefaults()));
        changes.put("SIP port", new BuildInput(Optional.of(sip), Optional.of(new DevicePool("Branch",
                CiscoFixtures.branchPool().dateTime(), group(new CallManager("cm3", "192.0.2.23", "cm3 at 192.0.2.23",
                new CallManagerPorts(2000, 5080, 5061, 2427, 2428))), Optional.empty())), cluster(), modelDefaults()));
        return changes.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherChanges")
    void changingAnyOtherFieldTheFileCarriesChangesTheStamp(String change, BuildInput changed) {
        Device device = changed.device().orElseThrow();
        Device base = device.id().equals(sccpPhone().id()) ? sccpPhone() : sipPhone();
        assertNotEquals(stamp(inputFor(base)), stamp(changed), change);
    }

    static Stream<Arguments> changesTheFileDoesNotCarry() {
        Device sccp = sccpPhone();
        Map<String, BuildInput> same = new java.util.LinkedHashMap<>();
        same.put("description", inputFor(DeviceBuilder.from(sccp).description("moved to room 4").build()));
        same.put("SCCP phone's speed dials", inputFor(DeviceBuilder.from(sccp).speedDial(new SpeedDial(1, "1", "x")).build()));
        same.put("SCCP phone's lines", inputFor(DeviceBuilder.from(sccp).line(new SipLine(1, "1", "", "", "", "")).build()));
        same.put("Build CNF policy", inputFor(sccp, CiscoFixtures.cluster(BuildCnfPolicy.ALL)));
        same.put("auto-registration", inputFor(sccp, new ClusterSettings(CiscoFixtures.DEFAULT_URLS,
                BuildCnfPolicy.SELECTIVE, false, "Branch")));
        List<ModelDefault> otherModels = new ArrayList<>(modelDefaults());
        otherModels.add(new ModelDefault(new PhoneModel("Cisco 7965", 436), "SCCP45.9-4-2SR3-1S"));
        same.put("another model's default", new BuildInput(Optional.of(sccp), Optional.of(hqPool()), cluster(), otherModels));
        DevicePool hq = hqPool();
        same.put("SIP ports of an SCCP phone's CallManagers", withPool(sccp, group(
                new CallManager("cm1", "192.0.2.21", "cm1 at 192.0.2.21", new CallManagerPorts(2000, 5070, 5071, 2427, 2428)),
                hq.callManagers().members().get(1))));
        return same.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesTheFileDoesNotCarry")
    void changingWhatTheFileDoesNotCarryChangesNothing(String change, BuildInput changed) {
        assertArrayEquals(file(inputFor(sccpPhone())), file(changed), change);
    }

    @Test
    void stampHasCallManagersShapeAndFollowsTheDocumentedRule() {
        for (Device device : CiscoFixtures.devices()) {
            byte[] file = file(inputFor(device));
            String stamp = Parsed.text(Parsed.parse(file), "versionStamp");
            assertTrue(SHAPE.matcher(stamp).matches(), stamp);
            String text = new String(file, StandardCharsets.UTF_8);
            byte[] unstamped = text.replace("<versionStamp>" + stamp + "</versionStamp>", "<versionStamp></versionStamp>")
                    .getBytes(StandardCharsets.UTF_8);
            assertEquals(Golden.stampOf(unstamped), stamp, device.id().deviceName());
        }
    }

    @Test
    void devicesWithTheSameContentShareNoStampWhenTheyDiffer() {
        List<String> stamps = CiscoFixtures.devices().stream().map(d -> stamp(inputFor(d))).toList();
        assertEquals(stamps.size(), stamps.stream().distinct().count());
    }

    private static CallManagerGroup group(CallManager... members) {
        return new CallManagerGroup("HQ Group", List.of(members));
    }

    private static BuildInput withPool(Device device, CallManagerGroup group) {
        DevicePool hq = hqPool();
        return withPool(device, new DevicePool("HQ", hq.dateTime(), group, hq.srst()));
    }

    private static BuildInput withPool(Device device, DevicePool pool) {
        return new BuildInput(Optional.of(device), Optional.of(pool), cluster(), modelDefaults());
    }
}
