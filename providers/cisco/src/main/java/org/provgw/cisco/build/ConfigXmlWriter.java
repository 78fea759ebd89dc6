package org.provgw.cisco.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dom4j.Document;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.XMLWriter;

/**
 * Writes a configuration document the way every built XML file is written: UTF-8 with the XML
 * declaration, two-space indentation, text never trimmed or re-flowed, escaping on.
 *
 * <p>dom4j's writer leaves carriage returns raw in text and tab, line feed and carriage return
 * raw in attributes, where a parser would turn them into a line feed or a space; this writer
 * writes them as character references so that the parsed text equals what was stored. Text is
 * expected to be {@link XmlText#clean cleaned} already.
 */
final class ConfigXmlWriter extends XMLWriter {

    private ConfigXmlWriter(ByteArrayOutputStream out, OutputFormat format) throws IOException {
        super(out, format);
    }

    /**
     * @param document the document to write
     * @return its bytes
     */
    static byte[] toBytes(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            ConfigXmlWriter writer = new ConfigXmlWriter(out, format());
            writer.setEscapeText(true);
            writer.write(document);
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static OutputFormat format() {
        OutputFormat format = OutputFormat.createPrettyPrint();
        format.setEncoding(StandardCharsets.UTF_8.name());
        format.setIndent("  ");
        format.setTrimText(false);
        format.setPadText(false);
        format.setNewLineAfterDeclaration(false);
        format.setLineSeparator("\n");
        return format;
    }

    @Override
    protected String escapeElementEntities(String text) {
        return super.escapeElementEntities(text).replace("\r", "&#13;");
    }

    @Override
    protected String escapeAttributeEntities(String text) {
        return super.escapeAttributeEntities(text).replace("\t", "&#9;").replace("\n", "&#10;")
                .replace("\r", "&#13;");
    }
}
