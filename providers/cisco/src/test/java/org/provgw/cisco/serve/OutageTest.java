package org.provgw.cisco.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.provider.ProviderException;

/** A backend that is down or returns records that cannot be built. */
@Timeout(30)
class OutageTest {

    private static final String CACHED = "SEP0011AABBCC01.cnf.xml";
    private static final String NEVER_BUILT = "SEP0011AABBCC04.cnf.xml";

    private final ManualTicker ticker = new ManualTicker();
    private final MemorySource source = Records.standardSource();
    private final LogCapture log = new LogCapture();
    private final BuiltFileProvider provider = Serving.open(source, ticker);

    @AfterEach
    void close() {
        provider.close();
        log.close();
    }

    @Test
    void cachedFilesAreServedWhileTheBackendIsDown() throws Exception {
        Serving.Served built = Serving.get(provider, CACHED);
        source.setDown(true);

        assertEquals(built, Serving.get(provider, CACHED));
        assertEquals(built, Serving.get(provider, CACHED));
    }

    @Test
    void staleFilesAreServedLastKnownGoodAndCounted() throws Exception {
        Serving.Served built = Serving.get(provider, CACHED);
        source.put(Records.withDescription(Records.sccp("0011AABBCC01", Records.M7941, "Site-A"), "changed"));
        provider.pollChanges();
        source.setDown(true);

        assertEquals(built, Serving.get(provider, CACHED));
        assertEquals(1, provider.stats().lastKnownGoodServed());
        assertTrue(provider.stats().backendDown());
    }

    @Test
    void aFileNeverBuiltIsRefusedNotNotFound() {
        source.setDown(true);

        ProviderException refused = assertThrows(ProviderException.class, () -> provider.find(Serving.request(NEVER_BUILT)));
        assertFalse(refused instanceof BadRecordException, refused.toString());
    }

    @Test
    void whileDownOneRequestPerRetryIntervalTriesTheBackendAndTheOutageIsLoggedOnce() throws Exception {
        source.setDown(true);
        for (int i = 0; i < 5; i++) {
            assertThrows(ProviderException.class, () -> provider.find(Serving.request(NEVER_BUILT)));
        }
        assertEquals(1, source.deviceReads.get(), "the others were refused without waiting for the backend");

        ticker.advance(Serving.RETRY);
        assertThrows(ProviderException.class, () -> provider.find(Serving.request(NEVER_BUILT)));
        assertEquals(2, source.deviceReads.get());
        assertEquals(1, log.count("backend unavailable"), log.lines().toString());

        source.setDown(false);
        ticker.advance(Serving.RETRY);
        assertTrue(Serving.exists(provider, NEVER_BUILT));
        assertEquals(1, log.count("answers again after 2 failed attempts"), log.lines().toString());
    }

    @Test
    void aFailedPollClosesTheGateAndASuccessfulOneOpensIt() throws Exception {
        source.setDown(true);
        provider.pollChanges();
        assertThrows(ProviderException.class, () -> provider.find(Serving.request(NEVER_BUILT)));
        assertEquals(0, source.deviceReads.get());

        source.setDown(false);
        provider.pollChanges();
        assertTrue(Serving.exists(provider, NEVER_BUILT));
    }

    @Test
    void changesMadeDuringAnOutageAreAppliedWhenTheBackendIsBack() throws Exception {
        Serving.Served built = Serving.get(provider, CACHED);
        source.setDown(true);
        source.put(Records.withDescription(Records.sccp("0011AABBCC01", Records.M7941, "Site-A"), "during"));
        provider.pollChanges();
        source.setDown(false);
        provider.pollChanges();

        Serving.Served after = Serving.get(provider, CACHED);
        assertNotEquals(built, after);
        assertTrue(after.text().contains("during"));
    }

    @Test
    void changesThatCouldNotBeAppliedAreKeptForTheNextPoll() throws Exception {
        Serving.Served built = Serving.get(provider, CACHED);
        List<ModelDefault> models = new ArrayList<>(Records.MODELS);
        models.set(0, new ModelDefault(Records.M7941, "SCCP41.9-4-4SR1-1S"));
        source.setModels(models);
        source.setModelsDown(true);
        provider.pollChanges();
        assertEquals(built, Serving.get(provider, CACHED));

        source.setModelsDown(false);
        provider.pollChanges();
        assertTrue(Serving.get(provider, CACHED).text().contains("SCCP41.9-4-4SR1-1S"));
    }

    @Test
    void aDeviceWhosePoolIsMissingIsUnavailableLoggedOnceAndNotReadAgainUntilItChanges() throws Exception {
        source.put(Records.sccp("0011AABBCC05", Records.M7941, "Site-C"));
        String name = "SEP0011AABBCC05.cnf.xml";

        for (int i = 0; i < 3; i++) {
            ProviderException e = assertThrows(ProviderException.class, () -> provider.find(Serving.request(name)));
            assertInstanceOf(BadRecordException.class, e);
        }
        assertEquals(1, source.deviceReads.get());
        assertEquals(1, log.count("SEP0011AABBCC05: its device pool 'Site-C' does not exist"), log.lines().toString());
        assertFalse(provider.stats().backendDown(), "a bad record is not an outage");
        assertTrue(Serving.exists(provider, CACHED), "other devices are served");

        source.put(Records.pool("Site-C", "203.0.113.1"));
        provider.pollChanges();
        assertTrue(Serving.get(provider, name).text().contains("Site-C[203.0.113.1]"));
    }

    @Test
    void aDeviceThatBreaksKeepsServingItsLastGoodFiles() throws Exception {
        Serving.Served built = Serving.get(provider, CACHED);
        source.put(Records.inPool(Records.sccp("0011AABBCC01", Records.M7941, "Site-A"), "Gone"));
        provider.pollChanges();

        assertEquals(built, Serving.get(provider, CACHED));
        assertEquals(built, Serving.get(provider, CACHED));
        assertEquals(2, provider.stats().lastKnownGoodServed());
        assertEquals(1, log.count("serving its last good files"), log.lines().toString());
    }
}
