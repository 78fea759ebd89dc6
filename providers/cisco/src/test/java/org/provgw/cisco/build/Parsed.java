package org.provgw.cisco.build;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.Element;
import org.dom4j.io.SAXReader;

/** Parses rendered XML the safe way (no external entities) and walks it by element names. */
final class Parsed {

    private Parsed() {
    }

    /** @throws AssertionError if the bytes are not well-formed XML */
    static Document parse(byte[] xml) {
        try {
            SAXReader reader = SAXReader.createDefault();
            return reader.read(new ByteArrayInputStream(xml));
        } catch (DocumentException e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    static Document parse(Optional<byte[]> xml) {
        return parse(xml.orElseThrow(() -> new AssertionError("nothing was built")));
    }

    /**
     * @param path element names from the root's child down, e.g. {@code devicePool/name}; a
     *     {@code [n]} suffix picks the n-th (from 1) element of that name
     * @return the element
     * @throws AssertionError if there is none
     */
    static Element element(Document document, String path) {
        Element current = document.getRootElement();
        for (String step : path.split("/")) {
            int index = 1;
            String name = step;
            int bracket = step.indexOf('[');
            if (bracket > 0) {
                name = step.substring(0, bracket);
                index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
            }
            var matches = current.elements(name);
            if (matches.size() < index) {
                throw new AssertionError("no element " + path + " (stopped at " + step + ")");
            }
            current = matches.get(index - 1);
        }
        return current;
    }

    static String text(Document document, String path) {
        return element(document, path).getText();
    }
}
