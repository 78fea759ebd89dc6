package org.provgw.provider.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.ListedDevice;
import org.provgw.provider.sql.internal.SqlProvider;

/** The default: no URL, an H2 file database created, migrated and filled with the sample records at first start. */
@Timeout(60)
class EmbeddedDatabaseTest {

    @TempDir
    Path home;

    @Test
    void firstStartCreatesTheDatabaseWithTheSamplePhonesAndLaterStartsKeepIt() throws Exception {
        Path conf = Files.createDirectories(home.resolve("conf"));
        List<ListedDevice> first;
        try (SqlProvider provider = Providers.open(Map.of(), conf)) {
            first = provider.listDevices();
        }
        assertTrue(Files.isRegularFile(home.resolve("data/provgw.mv.db")), "the database is under data/");
        assertEquals(12, first.size(), first.toString());
        assertTrue(first.stream().allMatch(d -> d.problem().isEmpty() && !d.files().isEmpty()), first.toString());
        assertEquals(List.of("SEP0011AABBCC08.cnf.xml", "SIP0011AABBCC08.cnf"), first.stream()
                .filter(d -> d.name().equals("SEP0011AABBCC08")).findFirst().orElseThrow().files(),
                "the 7960 on SIP firmware");

        try (SqlProvider provider = Providers.open(Map.of(), conf)) {
            assertEquals(first, provider.listDevices(), "the second start neither migrates nor loads again");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            for (ListedDevice device : first) {
                byte[] xml = Served.fetch(provider, device.name() + ".cnf.xml").orElseThrow().content();
                assertEquals("device", factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
                        .getDocumentElement().getTagName(), device.name());
            }
            Optional<Served> xmlDefault = Served.fetch(provider, "XMLDefault.cnf.xml");
            assertEquals("Default", factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xmlDefault.orElseThrow().content())).getDocumentElement().getTagName());
        }
    }
}
