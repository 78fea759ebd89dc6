package org.provgw.cisco.build;

import java.util.Optional;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.SecurityMode;

/**
 * {@code SEP<MAC>.cnf.xml} of an SCCP or SIP phone, in the element order of a CallManager-built file
 * (cisco-tftp.md §3.1). SCCP phones get no lines: theirs come over SCCP once registered.
 */
final class DeviceXmlRenderer {

    Optional<byte[]> render(ConfigName.DeviceXml name, BuildInput input) {
        return DeviceInput.device(name.device(), input)
                .map(device -> render(device, DeviceInput.pool(device, input), input));
    }

    private static byte[] render(Device device, DevicePool pool, BuildInput input) {
        Document document = DocumentHelper.createDocument();
        Element root = document.addElement("device");
        boolean sip = device.protocol() == DeviceProtocol.SIP;
        Xml.bool(root, "fullConfig", true);
        Xml.text(root, "deviceProtocol", device.protocol().name());
        DevicePoolXml.write(root, pool, device.protocol());
        if (sip) {
            SipProfileXml.write(root, device, pool);
        }
        Xml.text(root, "loadInformation", ModelLoads.loadOf(device, input.models()));
        VendorConfigXml.write(root, device.id(), device.vendorConfig());
        Element versionStamp = Xml.text(root, "versionStamp", "");
        device.userLocale().ifPresent(locale -> {
            Element element = root.addElement("userLocale");
            Xml.text(element, "name", locale.name());
            Xml.text(element, "langCode", locale.languageCode());
            Xml.text(element, "winCharSet", locale.charset());
        });
        device.networkLocale().ifPresent(locale -> {
            Xml.text(root, "networkLocale", locale);
            Xml.text(root.addElement("networkLocaleInfo"), "name", locale);
        });
        Xml.number(root, "deviceSecurityMode", device.security().code());
        Xml.number(root, "idleTimeout", device.idleTimeout());
        ServiceUrlsXml.write(root, device.urls().orElse(input.cluster().defaultUrls()));
        Xml.number(root, "dscpForSCCPPhoneConfig", CallManagerDefaults.DSCP_FOR_SCCP_PHONE_CONFIG);
        Xml.number(root, "dscpForSCCPPhoneServices", CallManagerDefaults.DSCP_FOR_SCCP_PHONE_SERVICES);
        Xml.number(root, "dscpForCm2Dvce", CallManagerDefaults.DSCP_FOR_CM_TO_DEVICE);
        if (sip) {
            Xml.number(root, "transportLayerProtocol", device.security() == SecurityMode.NON_SECURE
                    ? CallManagerDefaults.TRANSPORT_TCP_AND_UDP : CallManagerDefaults.TRANSPORT_TLS);
        }
        versionStamp.setText(VersionStamp.of(ConfigXmlWriter.toBytes(document)));
        return ConfigXmlWriter.toBytes(document);
    }
}
