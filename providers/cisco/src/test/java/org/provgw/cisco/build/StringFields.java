package org.provgw.cisco.build;

import static org.provgw.cisco.fixtures.CiscoFixtures.cluster;
import static org.provgw.cisco.fixtures.CiscoFixtures.clusterInput;
import static org.provgw.cisco.fixtures.CiscoFixtures.hqPool;
import static org.provgw.cisco.fixtures.CiscoFixtures.inputFor;
import static org.provgw.cisco.fixtures.CiscoFixtures.modelDefaults;
import static org.provgw.cisco.fixtures.CiscoFixtures.sccpPhone;
import static org.provgw.cisco.fixtures.CiscoFixtures.sipPhone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.dom4j.Document;
import org.provgw.cisco.fixtures.DeviceBuilder;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.DateTimeSetting;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.PhoneModel;
import org.provgw.cisco.model.ServiceUrls;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.SpeedDial;
import org.provgw.cisco.model.Srst;
import org.provgw.cisco.model.UserLocale;

/**
 * Every string field of the model that reaches an XML file: how to build an input with a given
 * value in it, and where to read the value back from the parsed file.
 */
final class StringFields {

    /** One field. */
    record Field(String name, ConfigName file, Function<String, BuildInput> input, Function<Document, String> read) {
        @Override
        public String toString() {
            return name;
        }
    }

    private StringFields() {
    }

    static List<Field> all() {
        List<Field> fields = new ArrayList<>();
        ConfigName sccp = new ConfigName.DeviceXml(sccpPhone().id());
        ConfigName sip = new ConfigName.DeviceXml(sipPhone().id());
        ConfigName xmlDefault = new ConfigName.XmlDefault();

        fields.add(pool("pool name", v -> new DevicePool(v, hqPool().dateTime(), hqPool().callManagers(), hqPool().srst()),
                "devicePool/name"));
        fields.add(dateTime("date/time name", v -> new DateTimeSetting(v, "D/M/Y", "GMT", "Europe/London", List.of("192.0.2.10")),
                "devicePool/dateTimeSetting/name"));
        fields.add(dateTime("date template", v -> new DateTimeSetting("n", v, "GMT", "Europe/London", List.of()),
                "devicePool/dateTimeSetting/dateTemplate"));
        fields.add(dateTime("time zone", v -> new DateTimeSetting("n", "D/M/Y", v, "Europe/London", List.of()),
                "devicePool/dateTimeSetting/timeZone"));
        fields.add(dateTime("Olson time zone", v -> new DateTimeSetting("n", "D/M/Y", "GMT", v, List.of()),
                "devicePool/dateTimeSetting/olsonTimeZone"));
        fields.add(dateTime("NTP server", v -> new DateTimeSetting("n", "D/M/Y", "GMT", "", List.of(v, "192.0.2.11")),
                "devicePool/dateTimeSetting/ntps/ntp/name"));
        fields.add(pool("CallManager group name", v -> withGroup(new CallManagerGroup(v, hqPool().callManagers().members())),
                "devicePool/callManagerGroup/name"));
        String member = "devicePool/callManagerGroup/members/member/callManager/";
        fields.add(pool("CallManager name", v -> withPrimary(new CallManager(v, "192.0.2.21", "", primary().ports())),
                member + "name"));
        fields.add(pool("CallManager description", v -> withPrimary(new CallManager("cm1", "192.0.2.21", v, primary().ports())),
                member + "description"));
        fields.add(pool("CallManager address", v -> withPrimary(new CallManager("cm1", v, "", primary().ports())),
                member + "processNodeName"));
        fields.add(pool("SRST name", v -> withSrst(new Srst(v, "User Defined", List.of("192.0.2.1"), 2000, 5060)),
                "devicePool/srstInfo/name"));
        fields.add(pool("SRST option", v -> withSrst(new Srst("s", v, List.of("192.0.2.1"), 2000, 5060)),
                "devicePool/srstInfo/srstOption"));
        fields.add(pool("SRST address", v -> withSrst(new Srst("s", "User Defined", List.of(v), 2000, 5060)),
                "devicePool/srstInfo/ipAddr1"));
        fields.add(device("load override", sccp, v -> DeviceBuilder.from(sccpPhone()).loadOverride(v), "loadInformation"));
        fields.add(device("user locale name", sccp,
                v -> DeviceBuilder.from(sccpPhone()).userLocale(new UserLocale(v, "en_GB", "utf-8")), "userLocale/name"));
        fields.add(device("language code", sccp,
                v -> DeviceBuilder.from(sccpPhone()).userLocale(new UserLocale("n", v, "utf-8")), "userLocale/langCode"));
        fields.add(device("character set", sccp,
                v -> DeviceBuilder.from(sccpPhone()).userLocale(new UserLocale("n", "en_GB", v)), "userLocale/winCharSet"));
        fields.add(device("network locale", sccp, v -> DeviceBuilder.from(sccpPhone()).networkLocale(v), "networkLocale"));
        fields.add(device("network locale info", sccp, v -> DeviceBuilder.from(sccpPhone()).networkLocale(v),
                "networkLocaleInfo/name"));
        fields.add(device("vendorConfig value", sccp, v -> DeviceBuilder.from(sccpPhone()).vendorConfig("webAccess", v),
                "vendorConfig/webAccess"));
        for (Map.Entry<String, UnaryOperator<String>> url : urlFields().entrySet()) {
            fields.add(device(url.getKey() + " (device)", sccp, v -> DeviceBuilder.from(sccpPhone())
                    .urls(urls(url.getKey(), v)), url.getKey()));
            fields.add(new Field(url.getKey() + " (cluster default)", sccp,
                    v -> new BuildInput(Optional.of(DeviceBuilder.from(sccpPhone()).urls(ServiceUrls.NONE).build()),
                            Optional.of(hqPool()), clusterWithUrls(urls(url.getKey(), v)), modelDefaults()),
                    d -> Parsed.text(d, url.getKey())));
            fields.add(new Field(url.getKey() + " (XMLDefault)", xmlDefault,
                    v -> new BuildInput(Optional.empty(), Optional.of(hqPool()), clusterWithUrls(urls(url.getKey(), v)),
                            modelDefaults()),
                    d -> Parsed.text(d, url.getKey())));
        }
        String line = "sipProfile/sipLines/line";
        fields.add(device("line label", sip, v -> DeviceBuilder.from(sipPhone()).line(new SipLine(1, "4101", v, "", "", "")),
                line + "/featureLabel"));
        fields.add(device("line directory number", sip,
                v -> DeviceBuilder.from(sipPhone()).line(new SipLine(1, v, "", "", "", "")), line + "/name"));
        fields.add(device("line contact", sip,
                v -> DeviceBuilder.from(sipPhone()).line(new SipLine(1, v, "", "", "", "")), line + "/contact"));
        fields.add(device("line display name", sip,
                v -> DeviceBuilder.from(sipPhone()).line(new SipLine(1, "4101", "", v, "", "")), line + "/displayName"));
        fields.add(device("line auth name", sip,
                v -> DeviceBuilder.from(sipPhone()).line(new SipLine(1, "4101", "", "", v, "")), line + "/authName"));
        fields.add(device("line password", sip,
                v -> DeviceBuilder.from(sipPhone()).line(new SipLine(1, "4101", "", "", "", v)), line + "/authPassword"));
        fields.add(device("speed-dial number", sip,
                v -> DeviceBuilder.from(sipPhone()).speedDial(new SpeedDial(1, v, "x")), line + "[3]/speedDialNumber"));
        fields.add(device("speed-dial label", sip,
                v -> DeviceBuilder.from(sipPhone()).speedDial(new SpeedDial(1, "999", v)), line + "[3]/featureLabel"));
        fields.add(new Field("model name (XMLDefault attribute)", xmlDefault,
                v -> withModel(new ModelDefault(new PhoneModel(v, 434), "SCCP42.9-4-2SR3-1S")),
                d -> Parsed.element(d, "loadInformation434").attributeValue("model")));
        fields.add(new Field("model load (XMLDefault)", xmlDefault,
                v -> withModel(new ModelDefault(new PhoneModel("Cisco 7942", 434), v)),
                d -> Parsed.text(d, "loadInformation434")));
        fields.add(new Field("model load (device default)", sccp,
                v -> new BuildInput(Optional.of(sccpPhone()), Optional.of(hqPool()), cluster(),
                        List.of(new ModelDefault(new PhoneModel("Cisco 7942", 434), v))),
                d -> Parsed.text(d, "loadInformation")));
        fields.add(new Field("auto-registration CallManager address", xmlDefault,
                v -> new BuildInput(Optional.empty(), Optional.of(withPrimary(new CallManager("cm1", v, "", primary().ports()))),
                        cluster(), modelDefaults()),
                d -> Parsed.text(d, "callManagerGroup/members/member/callManager/processNodeName")));
        return fields;
    }

    private static Field device(String name, ConfigName file, Function<String, DeviceBuilder> device, String path) {
        return new Field(name, file, v -> inputFor(device.apply(v).build()), d -> Parsed.text(d, path));
    }

    private static Field pool(String name, Function<String, DevicePool> pool, String path) {
        return new Field(name, new ConfigName.DeviceXml(sccpPhone().id()),
                v -> new BuildInput(Optional.of(sccpPhone()), Optional.of(pool.apply(v)), cluster(), modelDefaults()),
                d -> Parsed.text(d, path));
    }

    private static Field dateTime(String name, Function<String, DateTimeSetting> dateTime, String path) {
        return pool(name, v -> new DevicePool("HQ", dateTime.apply(v), hqPool().callManagers(), hqPool().srst()), path);
    }

    private static CallManager primary() {
        return hqPool().callManagers().members().get(0);
    }

    private static DevicePool withGroup(CallManagerGroup group) {
        return new DevicePool("HQ", hqPool().dateTime(), group, hqPool().srst());
    }

    private static DevicePool withPrimary(CallManager primary) {
        return withGroup(new CallManagerGroup("g", List.of(primary, hqPool().callManagers().members().get(1))));
    }

    private static DevicePool withSrst(Srst srst) {
        return new DevicePool("HQ", hqPool().dateTime(), hqPool().callManagers(), Optional.of(srst));
    }

    private static BuildInput withModel(ModelDefault model) {
        List<ModelDefault> models = new ArrayList<>(modelDefaults());
        models.removeIf(m -> m.model().typeCode() == 434);
        models.add(model);
        return new BuildInput(Optional.empty(), clusterInput().pool(), cluster(), models);
    }

    private static ClusterSettings clusterWithUrls(ServiceUrls urls) {
        return new ClusterSettings(urls, cluster().buildCnf(), true, cluster().autoRegistrationPool());
    }

    private static Map<String, UnaryOperator<String>> urlFields() {
        Map<String, UnaryOperator<String>> names = new java.util.LinkedHashMap<>();
        for (String name : List.of("authenticationURL", "directoryURL", "idleURL", "informationURL", "messagesURL",
                "proxyServerURL", "servicesURL")) {
            names.put(name, UnaryOperator.identity());
        }
        return names;
    }

    /** URLs with only the named one set. */
    static ServiceUrls urls(String element, String v) {
        return new ServiceUrls(
                element.equals("authenticationURL") ? v : "",
                element.equals("directoryURL") ? v : "",
                element.equals("idleURL") ? v : "",
                element.equals("informationURL") ? v : "",
                element.equals("messagesURL") ? v : "",
                element.equals("proxyServerURL") ? v : "",
                element.equals("servicesURL") ? v : "");
    }

    /** @return the devices whose records are changed by the fields above */
    static List<Device> baseDevices() {
        return List.of(sccpPhone(), sipPhone());
    }
}
