package org.provgw.ldap;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.provgw.cisco.model.UserLocale;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;

/** The records {@code fixture.ldif} holds, written as the model: what the mapping must produce. */
final class Expected {

    static final PhoneModel CISCO_12_SP = new PhoneModel("Cisco 12 SP", 3);
    static final PhoneModel CISCO_7935 = new PhoneModel("Cisco 7935", 9);
    static final PhoneModel CISCO_7960 = new PhoneModel("Cisco 7960", 7);
    static final PhoneModel CISCO_7942 = new PhoneModel("Cisco 7942", 434);
    static final PhoneModel CISCO_7970 = new PhoneModel("Cisco 7970", 30006);
    static final PhoneModel CISCO_8841 = new PhoneModel("Cisco 8841", 683);

    private Expected() {
    }

    static DeviceId id(String mac) {
        return new DeviceId(DevicePrefix.SEP, mac);
    }

    static CallManager callManager(String name, String address) {
        return new CallManager(name, address, name + " at " + address, CallManagerPorts.DEFAULTS);
    }

    static DevicePool hq() {
        return new DevicePool("HQ",
                new DateTimeSetting("CMLocal", "D/M/Y", "GMT Standard/Daylight Time", "Europe/London",
                        List.of("192.0.2.10", "192.0.2.11")),
                new CallManagerGroup("HQ Group", List.of(callManager("cm1", "192.0.2.21"),
                        callManager("cm2", "192.0.2.22"))),
                Optional.of(new Srst("HQ SRST", "User Defined", List.of("192.0.2.1"), 2000, 5060)));
    }

    static DevicePool branch() {
        return new DevicePool("Branch",
                new DateTimeSetting("Branch Time", "M/D/YA", "Central Standard/Daylight Time", "", List.of()),
                new CallManagerGroup("Branch Group", List.of(callManager("cm3", "192.0.2.23"))),
                Optional.empty());
    }

    static ClusterSettings cluster() {
        return new ClusterSettings(new ServiceUrls(
                "http://192.0.2.30:8080/ccmcip/authenticate.jsp",
                "http://192.0.2.30:8080/ccmcip/xmldirectory.jsp", "",
                "http://192.0.2.30:8080/ccmcip/GetTelecasterHelpText.jsp", "", "",
                "http://192.0.2.30:8080/ccmcip/getservicesmenu.jsp"), BuildCnfPolicy.SELECTIVE, true, "HQ");
    }

    /** By type code, as the source orders them. */
    static List<ModelDefault> models() {
        return List.of(new ModelDefault(CISCO_12_SP, ""), new ModelDefault(CISCO_7960, "P0030801SR02"),
                new ModelDefault(CISCO_7935, ""), new ModelDefault(CISCO_7942, "SCCP42.9-4-2SR3-1S"),
                new ModelDefault(CISCO_8841, "sip88xx.14-2-1-0201-45"),
                new ModelDefault(CISCO_7970, "SCCP70.9-4-2SR3-1S"));
    }

    static Device sccpPhone() {
        return new Device(id("0011AABBCC01"), "Reception desk", CISCO_7942, DeviceProtocol.SCCP, "HQ",
                Optional.empty(), Optional.of(new UserLocale("English_United_Kingdom", "en_GB", "iso-8859-1")),
                Optional.of("United_Kingdom"), SecurityMode.NON_SECURE,
                new ServiceUrls("", "http://192.0.2.31/directory", "", "", "", "", ""), 0,
                Map.of("webAccess", "0", "pcPort", "0"), List.of(), List.of());
    }

    static Device sipPhone() {
        return new Device(id("0011AABBCC02"), "Sales", CISCO_8841, DeviceProtocol.SIP, "Branch",
                Optional.of("sip88xx.14-1-1-0001-136"), Optional.empty(), Optional.of("United_States"),
                SecurityMode.NON_SECURE, ServiceUrls.NONE, 600, Map.of(),
                List.of(new SipLine(1, "4101", "Sales 4101", "Sales", "", "s3cret"),
                        new SipLine(2, "4102", "Support", "Support Desk", "support4102", "pa55")),
                List.of(new SpeedDial(1, "999", "Emergency"), new SpeedDial(2, "4199", "Manager")));
    }

    static Device sipFirmwarePhone() {
        return new Device(id("0011AABBCC03"), "Lab 7960", CISCO_7960, DeviceProtocol.SIP, "HQ",
                Optional.of("P0S3-08-12-00"), Optional.empty(), Optional.empty(), SecurityMode.NON_SECURE,
                ServiceUrls.NONE, 0, Map.of(),
                List.of(new SipLine(1, "4201", "Lab", "Lab Phone", "", "lab-pw"),
                        new SipLine(2, "4202", "Lab 2", "", "lab4202", "")),
                List.of(new SpeedDial(1, "4101", "Reception")));
    }

    static Device legacyPhone() {
        return new Device(id("0011AABBCC04"), "Board room", CISCO_7935, DeviceProtocol.SCCP, "Branch",
                Optional.empty(), Optional.empty(), Optional.empty(), SecurityMode.NON_SECURE, ServiceUrls.NONE, 0,
                Map.of(), List.of(), List.of());
    }

    static Device twelveSpPhone() {
        return new Device(id("0011AABBCC05"), "", CISCO_12_SP, DeviceProtocol.SCCP, "HQ", Optional.empty(),
                Optional.empty(), Optional.empty(), SecurityMode.NON_SECURE, ServiceUrls.NONE, 0, Map.of(), List.of(),
                List.of());
    }

    static List<Device> devices() {
        return List.of(sccpPhone(), sipPhone(), sipFirmwarePhone(), legacyPhone(), twelveSpPhone());
    }
}
