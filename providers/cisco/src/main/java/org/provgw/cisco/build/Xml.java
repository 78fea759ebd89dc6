package org.provgw.cisco.build;

import org.dom4j.Element;

/** Adds elements to a document under construction; every text and attribute goes through {@link XmlText}. */
final class Xml {

    private Xml() {
    }

    /**
     * @return the new child {@code <name>value</name>}, written even when the value is empty
     */
    static Element text(Element parent, String name, String value) {
        Element child = parent.addElement(name);
        child.setText(XmlText.clean(value));
        return child;
    }

    /** @return the new child {@code <name>value</name>} */
    static Element number(Element parent, String name, long value) {
        return text(parent, name, Long.toString(value));
    }

    /** @return the new child {@code <name>true|false</name>} */
    static Element bool(Element parent, String name, boolean value) {
        return text(parent, name, Boolean.toString(value));
    }

    /** @return {@code element}, with the attribute set */
    static Element attribute(Element element, String name, String value) {
        return element.addAttribute(name, XmlText.clean(value));
    }
}
