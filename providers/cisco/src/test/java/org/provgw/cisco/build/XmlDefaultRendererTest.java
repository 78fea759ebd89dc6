package org.provgw.cisco.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provgw.cisco.fixtures.CiscoFixtures.DEFAULT_URLS;
import static org.provgw.cisco.fixtures.CiscoFixtures.HQ;
import static org.provgw.cisco.fixtures.CiscoFixtures.clusterInput;
import static org.provgw.cisco.fixtures.CiscoFixtures.hqPool;
import static org.provgw.cisco.fixtures.CiscoFixtures.modelDefaults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.fixtures.CiscoFixtures;
import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.PhoneModel;

/** {@code XMLDefault.cnf.xml}: golden file with several models, and when it exists at all. */
class XmlDefaultRendererTest {

    private final CiscoConfigRenderer renderer = new CiscoConfigRenderer();

    private Optional<byte[]> render(BuildInput input) {
        return renderer.render(new ConfigName.XmlDefault(), input);
    }

    private static BuildInput withModels(List<ModelDefault> models) {
        return new BuildInput(Optional.empty(), Optional.of(hqPool()), CiscoFixtures.cluster(), models);
    }

    @Test
    void severalModelsMatchGoldenFile() {
        Golden.assertMatches("XMLDefault.cnf.xml", render(clusterInput()));
    }

    @Test
    void notFoundWhenAutoRegistrationIsOff() {
        ClusterSettings off = new ClusterSettings(DEFAULT_URLS, BuildCnfPolicy.SELECTIVE, false, HQ);
        assertEquals(Optional.empty(), render(new BuildInput(Optional.empty(), Optional.of(hqPool()), off, modelDefaults())));
    }

    @Test
    void autoRegistrationPoolMissingCannotBeBuilt() {
        BuildInput noPool = new BuildInput(Optional.empty(), Optional.empty(), CiscoFixtures.cluster(), modelDefaults());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> render(noPool));
        assertTrue(e.getMessage().contains(HQ), e.getMessage());
    }

    @Test
    void modelOrderOfTheSourceDoesNotMatter() {
        List<ModelDefault> shuffled = new ArrayList<>(modelDefaults());
        Collections.reverse(shuffled);
        assertArrayEquals(render(clusterInput()).orElseThrow(), render(withModels(shuffled)).orElseThrow());
    }

    @Test
    void repeatedModelIsWrittenOnceAndConflictingOneIsRefused() {
        List<ModelDefault> repeated = new ArrayList<>(modelDefaults());
        repeated.add(modelDefaults().get(0));
        assertArrayEquals(render(clusterInput()).orElseThrow(), render(withModels(repeated)).orElseThrow());

        List<ModelDefault> conflicting = new ArrayList<>(modelDefaults());
        conflicting.add(new ModelDefault(new PhoneModel("Cisco 7942", 434), "SCCP42.9-3-1SR4-1S"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> render(withModels(conflicting)));
        assertTrue(e.getMessage().contains("434"), e.getMessage());
    }

    @Test
    void noModelsStillNamesTheCallManagers() {
        var document = Parsed.parse(render(withModels(List.of())));
        assertEquals("192.0.2.21", Parsed.text(document, "callManagerGroup/members/member/callManager/processNodeName"));
        assertEquals(0, document.getRootElement().elements().stream()
                .filter(e -> e.getName().startsWith("loadInformation")).count());
    }
}
