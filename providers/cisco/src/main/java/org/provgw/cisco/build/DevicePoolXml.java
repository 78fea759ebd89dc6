package org.provgw.cisco.build;

import java.util.List;
import org.dom4j.Element;
import org.provgw.cisco.model.DateTimeSetting;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.Srst;

/** {@code devicePool} of a device file: date/time, CallManager group, SRST (cisco-tftp.md §3.2). */
final class DevicePoolXml {

    private static final int SRST_SLOTS = 3;

    private DevicePoolXml() {
    }

    static void write(Element device, DevicePool pool, DeviceProtocol protocol) {
        Element element = device.addElement("devicePool");
        Xml.text(element, "name", pool.name());
        writeDateTime(element, pool.dateTime());
        CallManagerGroupXml.write(element, pool.callManagers(),
                protocol == DeviceProtocol.SIP ? CallManagerGroupXml.Ports.SIP : CallManagerGroupXml.Ports.SCCP);
        pool.srst().ifPresent(srst -> writeSrst(element, srst, protocol));
        Xml.number(element, "connectionMonitorDuration", CallManagerDefaults.CONNECTION_MONITOR_DURATION);
    }

    private static void writeDateTime(Element pool, DateTimeSetting dateTime) {
        Element element = pool.addElement("dateTimeSetting");
        Xml.text(element, "name", dateTime.name());
        Xml.text(element, "dateTemplate", dateTime.dateTemplate());
        Xml.text(element, "timeZone", dateTime.timeZone());
        if (!dateTime.olsonTimeZone().isEmpty()) {
            Xml.text(element, "olsonTimeZone", dateTime.olsonTimeZone());
        }
        if (!dateTime.ntpServers().isEmpty()) {
            Element ntps = element.addElement("ntps");
            for (String server : dateTime.ntpServers()) {
                Element ntp = ntps.addElement("ntp");
                Xml.text(ntp, "name", server);
                Xml.text(ntp, "ntpMode", "Unicast");
            }
        }
    }

    /** Three address slots as CallManager writes them, unused ones empty; SCCP or SIP elements. */
    private static void writeSrst(Element pool, Srst srst, DeviceProtocol protocol) {
        Element element = pool.addElement("srstInfo");
        Xml.text(element, "name", srst.name());
        Xml.text(element, "srstOption", srst.option());
        List<String> addresses = srst.addresses();
        boolean sip = protocol == DeviceProtocol.SIP;
        for (int slot = 1; slot <= SRST_SLOTS; slot++) {
            String address = slot <= addresses.size() ? addresses.get(slot - 1) : "";
            Xml.text(element, (sip ? "sipIpAddr" : "ipAddr") + slot, address);
            Xml.number(element, (sip ? "sipPort" : "port") + slot, sip ? srst.sipPort() : srst.sccpPort());
        }
    }
}
