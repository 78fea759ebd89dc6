package org.provgw.cisco.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.provider.ListedDevice;

/** What is served, how it is versioned, and what never reaches the backend. */
@Timeout(30)
class BuiltFileProviderTest {

    private final ManualTicker ticker = new ManualTicker();
    private final MemorySource source = Records.standardSource();
    private final BuiltFileProvider provider = Serving.open(source, ticker);

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void servesTheRenderingOfTheDeviceRecordsUnderAnyCase() throws Exception {
        Serving.Served served = Serving.get(provider, "SEP0011AABBCC01.cnf.xml");

        assertEquals("xml SEP0011AABBCC01 phone 0011AABBCC01 Site-A[192.0.2.11,192.0.2.12] load=SCCP41.9-4-2SR3-1S"
                + " lines=0\n", served.text());
        assertEquals(served, Serving.get(provider, "sep0011aabbcc01.CNF.XML"));
    }

    @Test
    void versionIsTheContentDigestAndStaysWhileNothingChanges() throws Exception {
        Serving.Served first = Serving.get(provider, "SEP0011AABBCC01.cnf.xml");
        Serving.Served second = Serving.get(provider, "SEP0011AABBCC02.cnf.xml");

        assertTrue(first.version().matches("[0-9a-f]{32}"), first.version());
        assertNotEquals(first.version(), second.version());
        assertEquals(first, Serving.get(provider, "SEP0011AABBCC01.cnf.xml"));
        assertEquals(2, source.deviceReads.get(), "each device was read once");
    }

    @Test
    void aDevicesFilesAreBuiltTogetherFromOneRead() throws Exception {
        assertTrue(Serving.exists(provider, "SIP0011AABBCC03.cnf"));
        assertTrue(Serving.exists(provider, "SEP0011AABBCC03.cnf.xml"));
        assertFalse(Serving.exists(provider, "SEP0011AABBCC03.cnf"), "Build CNF is selective: no legacy file");

        assertEquals(1, source.deviceReads.get());
    }

    @Test
    void namesTheBuilderDoesNotMakeAreNotFoundWithoutAskingTheBackend() throws Exception {
        source.setDown(true);
        for (String name : List.of("SCCP41.9-4-2SR3-1S.loads", "RingList.xml", "SEP0011AABBCC01.cnf.xml.sgn",
                "CTLSEP0011AABBCC01.tlv", "ITLSEP0011AABBCC01.tlv", "sub/SEP0011AABBCC01.cnf.xml")) {
            assertFalse(Serving.exists(provider, name), name);
        }
        assertEquals(0, source.deviceReads.get());
    }

    @Test
    void anUnknownDeviceIsNotFoundAndNotAskedForAgainWithinTheTtl() throws Exception {
        assertFalse(Serving.exists(provider, "SEP00000000FFFF.cnf.xml"));
        assertFalse(Serving.exists(provider, "SEP00000000FFFF.cnf.xml"));
        assertFalse(Serving.exists(provider, "SIP00000000FFFF.cnf"));
        assertEquals(1, source.deviceReads.get());

        ticker.advance(Serving.NEGATIVE_TTL);
        assertFalse(Serving.exists(provider, "SEP00000000FFFF.cnf.xml"));
        assertEquals(2, source.deviceReads.get());
    }

    @Test
    void aDeviceAddedAfterAMissIsServedAfterTheNextPollEvenWithinTheTtl() throws Exception {
        assertFalse(Serving.exists(provider, "SEP0011AABBCC09.cnf.xml"));
        source.put(Records.sccp("0011AABBCC09", Records.M7941, "Site-B"));
        provider.pollChanges();

        assertTrue(Serving.get(provider, "SEP0011AABBCC09.cnf.xml").text().contains("Site-B"));
    }

    @Test
    void aRemovedDeviceIsNotFoundAfterTheNextPoll() throws Exception {
        assertTrue(Serving.exists(provider, "SEP0011AABBCC02.cnf.xml"));
        source.remove(Records.id("0011AABBCC02"));
        provider.pollChanges();

        assertFalse(Serving.exists(provider, "SEP0011AABBCC02.cnf.xml"));
    }

    @Test
    void xmlDefaultIsServedOnlyWithAutoRegistration() throws Exception {
        assertTrue(Serving.get(provider, "XMLDefault.cnf.xml").text().startsWith("xmldefault Site-A["));

        source.setCluster(Records.cluster(BuildCnfPolicy.SELECTIVE, false));
        provider.pollChanges();

        assertFalse(Serving.exists(provider, "XMLDefault.cnf.xml"));
        assertTrue(Serving.exists(provider, "SIPDefault.cnf"));
    }

    @Test
    void listsEveryDeviceWithItsFiles() throws Exception {
        source.put(Records.sccp("0011AABBCC05", Records.M7941, "No-Such-Pool"));

        List<ListedDevice> listed = provider.listDevices();

        assertEquals(List.of(
                ListedDevice.of("SEP0011AABBCC01", List.of("SEP0011AABBCC01.cnf.xml")),
                ListedDevice.of("SEP0011AABBCC02", List.of("SEP0011AABBCC02.cnf.xml")),
                ListedDevice.of("SEP0011AABBCC03", List.of("SEP0011AABBCC03.cnf.xml", "SIP0011AABBCC03.cnf")),
                ListedDevice.of("SEP0011AABBCC04", List.of("SEP0011AABBCC04.cnf.xml")),
                new ListedDevice("SEP0011AABBCC05", List.of(),
                        Optional.of("SEP0011AABBCC05: its device pool 'No-Such-Pool' does not exist"))), listed);
    }

    @Test
    void prebuildBuildsEveryDeviceOnThePollerThread() throws Exception {
        MemorySource other = Records.standardSource();
        try (BuiltFileProvider prebuilt = Serving.open(other, ticker, true)) {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (prebuilt.stats().cachedUnits() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(5, prebuilt.stats().cachedUnits(), "4 devices and the cluster-wide files");
            int reads = other.deviceReads.get();
            assertTrue(Serving.exists(prebuilt, "SEP0011AABBCC04.cnf.xml"));
            assertEquals(reads, other.deviceReads.get(), "served from the pre-built cache");
        }
    }

    @Test
    void closeStopsThePollerAndClosesTheSource() {
        provider.close();
        provider.close();
        assertTrue(source.closed);
    }
}
