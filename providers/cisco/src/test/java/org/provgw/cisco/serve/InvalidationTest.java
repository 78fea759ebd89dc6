package org.provgw.cisco.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.cisco.model.ModelDefault;

/** A change invalidates exactly the files it affects; everything else keeps its bytes and version unbuilt. */
@Timeout(30)
class InvalidationTest {

    private static final List<String> FILES = List.of("SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC02.cnf.xml",
            "SEP0011AABBCC03.cnf.xml", "SEP0011AABBCC04.cnf.xml", "XMLDefault.cnf.xml");

    private final ManualTicker ticker = new ManualTicker();
    private final MemorySource source = Records.standardSource();
    private BuiltFileProvider provider;
    private Map<String, Serving.Served> before;

    @BeforeEach
    void buildEverything() throws Exception {
        provider = Serving.open(source, ticker);
        before = serveAll();
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aDeviceChangeRebuildsThatDeviceOnly() throws Exception {
        source.put(Records.withDescription(Records.sccp("0011AABBCC02", Records.M7941, "Site-A"), "moved desk"));

        Map<String, Serving.Served> after = pollAndServe();

        assertTrue(after.get("SEP0011AABBCC02.cnf.xml").text().contains("moved desk"));
        assertNotEquals(before.get("SEP0011AABBCC02.cnf.xml").version(), after.get("SEP0011AABBCC02.cnf.xml").version());
        assertUnchangedExcept(after, "SEP0011AABBCC02.cnf.xml");
        assertEquals(1, rebuilds, "only the changed device was read again");
    }

    @Test
    void aPoolChangeRebuildsEveryDeviceOfThatPoolAndXmlDefaultWhenItIsTheAutoRegistrationPool() throws Exception {
        source.put(Records.pool("Site-A", "192.0.2.21"));

        Map<String, Serving.Served> after = pollAndServe();

        for (String name : List.of("SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC02.cnf.xml", "SEP0011AABBCC03.cnf.xml",
                "XMLDefault.cnf.xml")) {
            assertTrue(after.get(name).text().contains("Site-A[192.0.2.21]"), name);
            assertNotEquals(before.get(name).version(), after.get(name).version(), name);
        }
        assertUnchangedExcept(after, "SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC02.cnf.xml", "SEP0011AABBCC03.cnf.xml",
                "XMLDefault.cnf.xml");
        assertEquals(3, rebuilds, "the three devices of Site-A were read again");
        assertEquals(3, source.poolReads.get(), "Site-A, Site-B, then Site-A again");
    }

    @Test
    void aDeviceMovedToAnotherPoolFollowsThatPoolsChanges() throws Exception {
        source.put(Records.inPool(Records.sccp("0011AABBCC01", Records.M7941, "Site-A"), "Site-B"));
        pollAndServe();
        source.put(Records.pool("Site-B", "198.51.100.99"));

        Map<String, Serving.Served> after = pollAndServe();

        assertTrue(after.get("SEP0011AABBCC01.cnf.xml").text().contains("Site-B[198.51.100.99]"));
        assertEquals(before.get("SEP0011AABBCC02.cnf.xml"), after.get("SEP0011AABBCC02.cnf.xml"));
    }

    @Test
    void aModelDefaultChangeRebuildsXmlDefaultAndTheDevicesOfThatModelOnly() throws Exception {
        List<ModelDefault> models = new ArrayList<>(Records.MODELS);
        models.set(0, new ModelDefault(Records.M7941, "SCCP41.9-4-4SR1-1S"));
        source.setModels(models);

        Map<String, Serving.Served> after = pollAndServe();

        for (String name : List.of("SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC02.cnf.xml", "XMLDefault.cnf.xml")) {
            assertTrue(after.get(name).text().contains("SCCP41.9-4-4SR1-1S"), name);
        }
        assertUnchangedExcept(after, "SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC02.cnf.xml", "XMLDefault.cnf.xml");
        assertEquals(2, rebuilds);
    }

    @Test
    void modelDefaultsReportedChangedButEqualRebuildNothing() throws Exception {
        source.setModels(Records.MODELS);

        Map<String, Serving.Served> after = pollAndServe();

        assertUnchangedExcept(after);
        assertEquals(0, rebuilds);
    }

    @Test
    void aClusterChangeRebuildsEverything() throws Exception {
        source.setCluster(Records.cluster(BuildCnfPolicy.ALL, true));

        Map<String, Serving.Served> after = pollAndServe();

        assertEquals(4, rebuilds);
        assertTrue(Serving.exists(provider, "SEP0011AABBCC01.cnf"), "Build CNF All now builds the legacy file");
        assertEquals(before.get("SEP0011AABBCC01.cnf.xml"), after.get("SEP0011AABBCC01.cnf.xml"),
                "same bytes after a rebuild: same version and time");
    }

    @Test
    void aRebuildWithTheSameBytesKeepsVersionAndLastModified() throws Exception {
        source.put(Records.sccp("0011AABBCC01", Records.M7941, "Site-A"));

        Map<String, Serving.Served> after = pollAndServe();

        assertEquals(1, rebuilds);
        assertUnchangedExcept(after);
    }

    private int rebuilds;

    private Map<String, Serving.Served> pollAndServe() throws Exception {
        provider.pollChanges();
        int reads = source.deviceReads.get();
        Map<String, Serving.Served> served = serveAll();
        rebuilds = source.deviceReads.get() - reads;
        return served;
    }

    private Map<String, Serving.Served> serveAll() throws Exception {
        Map<String, Serving.Served> served = new LinkedHashMap<>();
        for (String name : FILES) {
            served.put(name, Serving.get(provider, name));
        }
        return served;
    }

    private void assertUnchangedExcept(Map<String, Serving.Served> after, String... changed) {
        for (String name : FILES) {
            if (!List.of(changed).contains(name)) {
                assertEquals(before.get(name), after.get(name), name + " must keep its bytes and version");
            }
        }
    }
}
