package org.provgw.cisco.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.fixtures.CiscoFixtures;
import org.provgw.cisco.fixtures.DeviceBuilder;
import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.cisco.model.Device;

/** Same records, same bytes: twice in a row, from equal copies, from many threads at once. */
class DeterminismTest {

    private final CiscoConfigRenderer renderer = new CiscoConfigRenderer();

    /** Every name the builder makes for the fixtures, with its input; Build All so that every .cnf exists. */
    private static List<Object[]> everyFile() {
        List<Object[]> files = new ArrayList<>();
        for (Device device : CiscoFixtures.devices()) {
            BuildInput input = CiscoFixtures.inputFor(device, CiscoFixtures.cluster(BuildCnfPolicy.ALL));
            files.add(new Object[] {new ConfigName.DeviceXml(device.id()), input});
            files.add(new Object[] {new ConfigName.DeviceCnf(device.id()), input});
            files.add(new Object[] {new ConfigName.SipFirmwareCnf(device.id()), input});
        }
        files.add(new Object[] {new ConfigName.XmlDefault(), CiscoFixtures.clusterInput()});
        files.add(new Object[] {new ConfigName.SipDefault(), CiscoFixtures.clusterInput()});
        return files;
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() {
        for (Object[] file : everyFile()) {
            Optional<byte[]> first = renderer.render((ConfigName) file[0], (BuildInput) file[1]);
            Optional<byte[]> second = new CiscoConfigRenderer().render((ConfigName) file[0], (BuildInput) file[1]);
            assertEquals(first.isPresent(), second.isPresent(), file[0].toString());
            first.ifPresent(bytes -> assertArrayEquals(bytes, second.orElseThrow(), file[0].toString()));
        }
    }

    @Test
    void equalRecordsBuiltSeparatelyGiveIdenticalBytes() {
        for (Device device : CiscoFixtures.devices()) {
            Device copy = DeviceBuilder.from(device).build();
            ConfigName name = new ConfigName.DeviceXml(device.id());
            assertArrayEquals(renderer.render(name, CiscoFixtures.inputFor(device)).orElseThrow(),
                    renderer.render(name, CiscoFixtures.inputFor(copy)).orElseThrow());
        }
    }

    @Test
    void everyBuiltXmlFileParses() {
        int xml = 0;
        for (Object[] file : everyFile()) {
            ConfigName name = (ConfigName) file[0];
            Optional<byte[]> bytes = renderer.render(name, (BuildInput) file[1]);
            if (name.fileName().endsWith(".xml")) {
                assertTrue(bytes.isPresent(), name.fileName());
                Parsed.parse(bytes);
                xml++;
            }
        }
        assertEquals(CiscoFixtures.devices().size() + 1, xml);
    }

    @Test
    void oneRendererServesManyThreadsAtOnce() throws Exception {
        List<Object[]> files = everyFile();
        List<Optional<byte[]>> expected = files.stream()
                .map(f -> renderer.render((ConfigName) f[0], (BuildInput) f[1])).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < files.size(); i++) {
                            Optional<byte[]> got = renderer.render((ConfigName) files.get(i)[0], (BuildInput) files.get(i)[1]);
                            if (got.isPresent() != expected.get(i).isPresent()
                                    || got.isPresent() && !java.util.Arrays.equals(got.get(), expected.get(i).get())) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
