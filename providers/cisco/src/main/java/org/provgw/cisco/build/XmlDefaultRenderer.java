package org.provgw.cisco.build;

import java.util.Optional;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;

/**
 * {@code XMLDefault.cnf.xml} (cisco-tftp.md §4.3): what a phone the database does not know reads
 * to auto-register and to pick its firmware. Only built when auto-registration is on. It names
 * the auto-registration pool's CallManager group with the SCCP and SIP ports (an unknown phone
 * may run either), one {@code loadInformation<type code> model="…"} per model by type code, and
 * the cluster's default URLs.
 */
final class XmlDefaultRenderer {

    Optional<byte[]> render(BuildInput input) {
        if (!input.cluster().autoRegistration()) {
            return Optional.empty();
        }
        DevicePool pool = input.pool().orElseThrow(() -> new IllegalArgumentException(
                "auto-registration pool " + input.cluster().autoRegistrationPool() + " is missing"));
        Document document = DocumentHelper.createDocument();
        Element root = document.addElement("Default");
        CallManagerGroupXml.write(root, pool.callManagers(), CallManagerGroupXml.Ports.SCCP_AND_SIP);
        for (ModelDefault model : ModelLoads.byTypeCode(input.models())) {
            Element load = Xml.text(root, "loadInformation" + model.model().typeCode(), model.load());
            Xml.attribute(load, "model", model.model().name());
        }
        ServiceUrlsXml.write(root, input.cluster().defaultUrls());
        return Optional.of(ConfigXmlWriter.toBytes(document));
    }
}
