package org.provgw.cisco.build;

import java.util.Map;
import java.util.regex.Pattern;
import org.dom4j.Element;
import org.provgw.provider.DeviceId;

/**
 * {@code vendorConfig}: one element per setting, named after it. A name is an element name, so it
 * must be one: ASCII letters, digits, {@code _ . -}, not starting with a digit, dot or dash
 * (CallManager's own names, {@code pcPort}, {@code webAccess} …, are of that kind).
 */
final class VendorConfigXml {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private VendorConfigXml() {
    }

    /** @throws IllegalArgumentException if a setting's name cannot be an element name */
    static void write(Element device, DeviceId id, Map<String, String> settings) {
        if (settings.isEmpty()) {
            return;
        }
        Element element = device.addElement("vendorConfig");
        settings.forEach((name, value) -> {
            if (!NAME.matcher(name).matches() || name.regionMatches(true, 0, "xml", 0, 3)) {
                throw new IllegalArgumentException(id.deviceName() + ": vendorConfig name '" + name
                        + "' is not an XML element name");
            }
            Xml.text(element, name, value);
        });
    }
}
