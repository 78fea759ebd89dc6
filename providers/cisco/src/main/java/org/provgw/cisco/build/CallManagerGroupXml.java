package org.provgw.cisco.build;

import java.util.List;
import org.dom4j.Element;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.CallManagerPorts;

/**
 * {@code callManagerGroup}: the members in priority order, {@code member priority="0"} first, each
 * with the ports of the protocols the file is for and, as CallManager writes them for every
 * phone, the MGCP ports (cisco-tftp.md §3.2).
 */
final class CallManagerGroupXml {

    /** Which port elements a member carries. */
    enum Ports {
        /** {@code ethernetPhonePort} only: SCCP phones. */
        SCCP,
        /** {@code sipPort} and {@code securedSipPort}: SIP phones. */
        SIP,
        /** All three: {@code XMLDefault.cnf.xml}, read by phones of either protocol. */
        SCCP_AND_SIP
    }

    private CallManagerGroupXml() {
    }

    static Element write(Element parent, CallManagerGroup group, Ports ports) {
        Element element = parent.addElement("callManagerGroup");
        Xml.text(element, "name", group.name());
        Element members = element.addElement("members");
        List<CallManager> nodes = group.members();
        for (int priority = 0; priority < nodes.size(); priority++) {
            CallManager node = nodes.get(priority);
            Element member = Xml.attribute(members.addElement("member"), "priority", Integer.toString(priority));
            Element callManager = member.addElement("callManager");
            Xml.text(callManager, "name", node.name());
            Xml.text(callManager, "description", node.description());
            writePorts(callManager.addElement("ports"), node.ports(), ports);
            Xml.text(callManager, "processNodeName", node.address());
        }
        return element;
    }

    private static void writePorts(Element element, CallManagerPorts ports, Ports which) {
        if (which != Ports.SIP) {
            Xml.number(element, "ethernetPhonePort", ports.sccp());
        }
        if (which != Ports.SCCP) {
            Xml.number(element, "sipPort", ports.sip());
            Xml.number(element, "securedSipPort", ports.secureSip());
        }
        Element mgcp = element.addElement("mgcpPorts");
        Xml.number(mgcp, "listen", ports.mgcpListen());
        Xml.number(mgcp, "keepAlive", ports.mgcpKeepAlive());
    }
}
