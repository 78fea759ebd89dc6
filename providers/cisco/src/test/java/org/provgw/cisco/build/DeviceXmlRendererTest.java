package org.provgw.cisco.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provgw.cisco.fixtures.CiscoFixtures.cluster;
import static org.provgw.cisco.fixtures.CiscoFixtures.inputFor;
import static org.provgw.cisco.fixtures.CiscoFixtures.modelDefaults;
import static org.provgw.cisco.fixtures.CiscoFixtures.sccpPhone;
import static org.provgw.cisco.fixtures.CiscoFixtures.sipPhone;

import java.util.List;
import java.util.Optional;
import org.dom4j.Document;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.fixtures.CiscoFixtures;
import org.provgw.cisco.fixtures.DeviceBuilder;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.SecurityMode;

/** {@code SEP<MAC>.cnf.xml}: golden files for an SCCP and a SIP phone, and the rules around them. */
class DeviceXmlRendererTest {

    private final CiscoConfigRenderer renderer = new CiscoConfigRenderer();

    private Optional<byte[]> render(Device device, BuildInput input) {
        return renderer.render(new ConfigName.DeviceXml(device.id()), input);
    }

    private Optional<byte[]> render(Device device) {
        return render(device, inputFor(device));
    }

    @Test
    void sccpPhoneMatchesGoldenFile() {
        Golden.assertMatches("SEP0011AABBCC01.cnf.xml", render(sccpPhone()));
    }

    @Test
    void sipPhoneWithTwoLinesAndSpeedDialsMatchesGoldenFile() {
        Golden.assertMatches("SEP0011AABBCC02.cnf.xml", render(sipPhone()));
    }

    @Test
    void unknownDeviceIsNotFound() {
        BuildInput noDevice = new BuildInput(Optional.empty(), Optional.empty(), cluster(), modelDefaults());
        assertEquals(Optional.empty(), render(sccpPhone(), noDevice));
    }

    @Test
    void deviceWithoutItsPoolCannotBeBuilt() {
        BuildInput noPool = new BuildInput(Optional.of(sccpPhone()), Optional.empty(), cluster(), modelDefaults());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> render(sccpPhone(), noPool));
        assertTrue(e.getMessage().contains("SEP0011AABBCC01") && e.getMessage().contains("HQ"), e.getMessage());
    }

    @Test
    void anotherDevicesRecordIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> renderer.render(
                new ConfigName.DeviceXml(CiscoFixtures.id("0011AABBCCFF")), inputFor(sccpPhone())));
    }

    @Test
    void loadIsTheOverrideElseTheModelDefaultElseEmpty() {
        Document overridden = Parsed.parse(render(DeviceBuilder.from(sccpPhone()).loadOverride("SCCP42.9-3-1SR4-1S").build()));
        assertEquals("SCCP42.9-3-1SR4-1S", Parsed.text(overridden, "loadInformation"));
        Document byModel = Parsed.parse(render(sccpPhone()));
        assertEquals("SCCP42.9-4-2SR3-1S", Parsed.text(byModel, "loadInformation"));
        Device unknownModel = DeviceBuilder.from(sccpPhone()).model(CiscoFixtures.CISCO_7940).build();
        assertEquals("", Parsed.text(Parsed.parse(render(unknownModel)), "loadInformation"));
    }

    @Test
    void deviceUrlsOverrideClusterDefaultsFieldByField() {
        Document document = Parsed.parse(render(sccpPhone()));
        assertEquals("http://192.0.2.31/directory", Parsed.text(document, "directoryURL"));
        assertEquals(CiscoFixtures.DEFAULT_URLS.services(), Parsed.text(document, "servicesURL"));
        assertEquals("", Parsed.text(document, "idleURL"));
    }

    @Test
    void sccpPhoneGetsNoLinesEvenIfTheRecordHasSome() {
        Device sccpWithLines = DeviceBuilder.from(sipPhone()).protocol(DeviceProtocol.SCCP).build();
        Document document = Parsed.parse(render(sccpWithLines));
        assertEquals(0, document.getRootElement().elements("sipProfile").size());
        assertEquals(0, document.getRootElement().elements("transportLayerProtocol").size());
        assertEquals("2000", Parsed.text(document, "devicePool/callManagerGroup/members/member/callManager/ports/ethernetPhonePort"));
    }

    @Test
    void secureSipPhoneUsesTlsAndTheSecurePort() {
        Device secure = DeviceBuilder.from(sipPhone()).security(SecurityMode.ENCRYPTED).build();
        Document document = Parsed.parse(render(secure));
        assertEquals("3", Parsed.text(document, "deviceSecurityMode"));
        assertEquals("3", Parsed.text(document, "transportLayerProtocol"));
        assertEquals("5061", Parsed.text(document, "sipProfile/sipLines/line/port"));
    }

    @Test
    void callManagersAreWrittenInPriorityOrder() {
        Document document = Parsed.parse(render(sccpPhone()));
        var members = Parsed.element(document, "devicePool/callManagerGroup/members").elements("member");
        assertEquals(List.of("0", "1"), members.stream().map(m -> m.attributeValue("priority")).toList());
        assertEquals(List.of("192.0.2.21", "192.0.2.22"),
                members.stream().map(m -> m.element("callManager").elementText("processNodeName")).toList());
    }

    @Test
    void aGroupOfFiveCallManagersIsWrittenWholeAndASixthIsRefused() {
        List<CallManager> five = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(n -> CiscoFixtures.callManager("cm" + n, "192.0.2.2" + n)).toList();
        DevicePool hq = CiscoFixtures.hqPool();
        DevicePool pool = new DevicePool(hq.name(), hq.dateTime(), new CallManagerGroup("Five", five), hq.srst());
        Document document = Parsed.parse(render(sccpPhone(),
                new BuildInput(Optional.of(sccpPhone()), Optional.of(pool), cluster(), modelDefaults())));
        var members = Parsed.element(document, "devicePool/callManagerGroup/members").elements("member");
        assertEquals(List.of("0", "1", "2", "3", "4"), members.stream().map(m -> m.attributeValue("priority")).toList());
        assertEquals(List.of("192.0.2.21", "192.0.2.22", "192.0.2.23", "192.0.2.24", "192.0.2.25"),
                members.stream().map(m -> m.element("callManager").elementText("processNodeName")).toList());

        List<CallManager> six = new java.util.ArrayList<>(five);
        six.add(CiscoFixtures.callManager("cm6", "192.0.2.26"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CallManagerGroup("Six", six));
        assertTrue(e.getMessage().contains("Six") && e.getMessage().contains("6"), e.getMessage());
    }

    @Test
    void everyMemberCarriesItsMgcpPortsAndSpeedDialsTheirIndex() {
        Document sccp = Parsed.parse(render(sccpPhone()));
        assertEquals("2427", Parsed.text(sccp, "devicePool/callManagerGroup/members/member/callManager/ports/mgcpPorts/listen"));
        assertEquals("2428", Parsed.text(sccp, "devicePool/callManagerGroup/members/member/callManager/ports/mgcpPorts/keepAlive"));
        var speedDials = Parsed.element(Parsed.parse(render(sipPhone())), "sipProfile/sipLines").elements("line").stream()
                .filter(l -> "2".equals(l.elementText("featureID"))).map(l -> l.elementText("speedDialIndex")).toList();
        assertEquals(List.of("1", "2"), speedDials);
    }

    @Test
    void speedDialsFollowTheLastLineButton() {
        Device gap = DeviceBuilder.from(sipPhone()).lines(List.of(sipPhone().lines().get(0),
                new org.provgw.cisco.model.SipLine(3, "4103", "", "", "", ""))).build();
        Document document = Parsed.parse(render(gap));
        var buttons = Parsed.element(document, "sipProfile/sipLines").elements("line").stream()
                .map(l -> l.attributeValue("button")).toList();
        assertEquals(List.of("1", "3", "4", "5"), buttons);
    }

    @Test
    void vendorConfigNameThatIsNotAnElementNameIsRefused() {
        for (String name : List.of("bad name", "<x>", "1st", "xmlThing", "a:b", "")) {
            Device device = DeviceBuilder.from(sccpPhone()).vendorConfig(name, "1").build();
            assertThrows(IllegalArgumentException.class, () -> render(device), name);
        }
    }
}
