package org.provgw.cisco.build;

import org.dom4j.Element;
import org.provgw.cisco.model.ServiceUrls;

/** The seven service-URL elements, in the order CallManager writes them; empty ones are written empty. */
final class ServiceUrlsXml {

    private ServiceUrlsXml() {
    }

    static void write(Element parent, ServiceUrls urls) {
        Xml.text(parent, "authenticationURL", urls.authentication());
        Xml.text(parent, "directoryURL", urls.directory());
        Xml.text(parent, "idleURL", urls.idle());
        Xml.text(parent, "informationURL", urls.information());
        Xml.text(parent, "messagesURL", urls.messages());
        Xml.text(parent, "proxyServerURL", urls.proxyServer());
        Xml.text(parent, "servicesURL", urls.services());
    }
}
