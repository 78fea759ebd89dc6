package org.provgw.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.config.ConfigFile;
import org.provgw.gateway.config.GatewayConfig;
import org.provgw.gateway.config.GatewayConfigParser;
import org.provgw.gateway.fakes.Events;
import org.provgw.gateway.fakes.GreetCommand;
import org.provgw.gateway.fakes.MemoryProviderFactory;
import org.provgw.gateway.fakes.ProbeProtocolFactory;
import org.provgw.gateway.fakes.RecordingAccessLog;
import org.provgw.gateway.fakes.TestFiles;
import org.provgw.gateway.plugin.PluginCatalog;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;

class GatewayTest {

    /** Two protocols, so that rollback of a started endpoint can be seen. */
    private static final PluginCatalog TWO_PROTOCOLS = PluginCatalog.of(List.of(new MemoryProviderFactory()),
            List.of(new ProbeProtocolFactory("alpha"), new ProbeProtocolFactory("beta")), List.of(new GreetCommand()));

    @TempDir
    Path dir;

    @BeforeEach
    void clearEvents() {
        Events.clear();
    }

    private GatewayConfig config(PluginCatalog catalog, String... lines) throws ConfigException {
        Path file = TestFiles.config(dir.resolve("conf/provgw.properties"), lines);
        return GatewayConfigParser.parse(ConfigFile.read(file), catalog.schema(), Optional.empty());
    }

    @Test
    void startsProvidersThenEndpointsAndStopsInReverseOrderOnce() throws Exception {
        Path file = TestFiles.config(dir.resolve("conf/provgw.properties"),
                "providers = a, b",
                "provider.a.type = memory",
                "provider.b.type = memory",
                "probe.listen = 127.0.0.1:0");

        try (GatewaySetup setup = GatewaySetup.load(file, Optional.empty())) {
            Gateway gateway = setup.newGateway();
            gateway.start();

            List<InetSocketAddress> bound = gateway.boundAddresses().get("probe");
            assertEquals(1, bound.size());
            assertEquals(InetAddress.getByName("127.0.0.1"), bound.get(0).getAddress());
            assertNotEquals(0, bound.get(0).getPort());
            assertEquals(List.of("provider a created", "provider b created", "endpoint probe created",
                    "endpoint probe started"), Events.all());

            gateway.stop();
            gateway.stop();

            assertEquals(List.of("provider a created", "provider b created", "endpoint probe created",
                    "endpoint probe started", "endpoint probe stopped", "provider b closed", "provider a closed"),
                    Events.all());
            assertEquals(Map.of(), gateway.boundAddresses());
            gateway.awaitStop();
            assertThrows(IllegalStateException.class, gateway::start);
        }
    }

    @Test
    void servesThroughTheChainOnTheLookupPoolAndReportsToTheAccessLog() throws Exception {
        RecordingAccessLog accessLog = new RecordingAccessLog();
        PluginCatalog catalog = PluginCatalog.of(List.of(new MemoryProviderFactory()),
                List.of(new ProbeProtocolFactory()), List.of());
        Gateway gateway = new Gateway(config(catalog,
                "providers = first, second",
                "provider.first.type = memory",
                "provider.first.files = a.txt=from first",
                "provider.second.type = memory",
                "provider.second.files = a.txt=shadowed, b.txt=from second",
                "probe.listen = 127.0.0.1:0",
                "executor.threads = 2"), catalog, accessLog);
        gateway.start();
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            client.setSoTimeout(10_000);
            InetSocketAddress server = gateway.boundAddresses().get("probe").get(0);

            assertEquals("FOUND first from first", ask(client, server, "a.txt"));
            assertEquals("FOUND second from second", ask(client, server, "/b.txt"));
            assertEquals("NOTFOUND", ask(client, server, "c.txt"));

            AccessRecord first = accessLog.next();
            assertEquals(List.of("a.txt", "first", Outcome.COMPLETED),
                    List.of(first.file(), first.provider(), first.outcome()));
            assertEquals(client.getLocalSocketAddress(), first.client());
            assertEquals("b.txt", accessLog.next().file());
            assertEquals(Outcome.NOT_FOUND, accessLog.next().outcome());
        } finally {
            gateway.stop();
        }
    }

    private static String ask(DatagramSocket client, InetSocketAddress server, String name) throws Exception {
        byte[] request = name.getBytes(StandardCharsets.UTF_8);
        client.send(new DatagramPacket(request, request.length, server));
        DatagramPacket reply = new DatagramPacket(new byte[1500], 1500);
        client.receive(reply);
        return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
    }

    @Test
    void anEndpointThatCannotStartRollsBackEverythingInReverseOrder() throws Exception {
        Gateway gateway = new Gateway(config(TWO_PROTOCOLS,
                "providers = a",
                "provider.a.type = memory",
                "alpha.listen = 127.0.0.1:0",
                "beta.listen = 127.0.0.1:0",
                "beta.fail-start = true"), TWO_PROTOCOLS);

        GatewayException e = assertThrows(GatewayException.class, gateway::start);

        assertEquals("beta: cannot bind /127.0.0.1:0: told to fail", e.getMessage());
        assertEquals(List.of("provider a created", "endpoint alpha created", "endpoint beta created",
                "endpoint alpha started", "endpoint beta start failed",
                "endpoint beta stopped", "endpoint alpha stopped", "provider a closed"), Events.all());
        assertEquals(Map.of(), gateway.boundAddresses());

        gateway.stop();
        gateway.awaitStop();
        assertEquals(8, Events.all().size(), "stop after a failed start does nothing more");
        assertThrows(IllegalStateException.class, gateway::start);
    }

    @Test
    void aProviderThatCannotStartClosesTheOnesBeforeAndCreatesNoEndpoint() throws Exception {
        Gateway gateway = new Gateway(config(TWO_PROTOCOLS,
                "providers = a, b, c",
                "provider.a.type = memory",
                "provider.b.type = memory",
                "provider.b.fail-create = yes",
                "provider.c.type = memory",
                "alpha.listen = 127.0.0.1:0"), TWO_PROTOCOLS);

        GatewayException e = assertThrows(GatewayException.class, gateway::start);

        assertEquals("provider b (type memory) cannot start: backend of b unreachable", e.getMessage());
        assertEquals(List.of("provider a created", "provider b failed", "provider a closed"), Events.all());
    }

    @Test
    void aBadProviderSettingIsAConfigErrorFoundBeforeAnythingBinds() throws Exception {
        Gateway gateway = new Gateway(config(TWO_PROTOCOLS,
                "providers = a, b",
                "provider.a.type = memory",
                "provider.b.type = memory",
                "provider.b.files = nonsense",
                "alpha.listen = 127.0.0.1:0"), TWO_PROTOCOLS);

        ConfigException e = assertThrows(ConfigException.class, gateway::start);

        assertEquals(dir.resolve("conf/provgw.properties") + ": provider.b.files = nonsense: expected"
                + " path=content, got 'nonsense'", e.getMessage());
        assertEquals(List.of("provider a created", "provider a closed"), Events.all());
    }

    @Test
    void aBadProtocolSettingIsFoundBeforeAnyEndpointStarts() throws Exception {
        Gateway gateway = new Gateway(config(TWO_PROTOCOLS,
                "providers = a",
                "provider.a.type = memory",
                "alpha.listen = 127.0.0.1:0",
                "beta.listen = 127.0.0.1:x"), TWO_PROTOCOLS);

        ConfigException e = assertThrows(ConfigException.class, gateway::start);

        assertEquals(Optional.of("beta.listen"), e.key());
        assertEquals(List.of("provider a created", "endpoint alpha created", "endpoint alpha stopped",
                "provider a closed"), Events.all());
    }

    @Test
    void checkCreatesEverythingAndReleasesItWithoutBinding() throws Exception {
        Gateway gateway = new Gateway(config(TWO_PROTOCOLS,
                "providers = a",
                "provider.a.type = memory",
                "alpha.listen = 127.0.0.1:0"), TWO_PROTOCOLS);

        gateway.check();

        assertEquals(List.of("provider a created", "endpoint alpha created", "endpoint alpha stopped",
                "provider a closed"), Events.all());
        assertTrue(gateway.boundAddresses().isEmpty());
        assertThrows(IllegalStateException.class, gateway::start);
    }

    @Test
    void stopBeforeStartIsHarmlessAndFinal() throws Exception {
        Gateway gateway = new Gateway(config(TWO_PROTOCOLS,
                "providers = a", "provider.a.type = memory", "alpha.listen = 127.0.0.1:0"), TWO_PROTOCOLS);

        gateway.stop();
        gateway.awaitStop();

        assertEquals(List.of(), Events.all());
        assertThrows(IllegalStateException.class, gateway::start);
    }
}
