package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

class NetworkConfigTest {

    @Test
    void defaultsLeavePortsToTheKernelAndAnswerEveryone() throws Exception {
        NetworkConfig config = NetworkConfig.from(settings(Map.of("listen", "0.0.0.0:69, [::]:69")));
        assertEquals(Optional.empty(), config.portRange());
        assertFalse(config.singlePort());
        assertEquals(List.of(Allowlist.EVERYONE, Allowlist.EVERYONE), config.addressAllow());
        assertEquals(Optional.empty(), config.inherited());
        assertEquals(Set.of(), config.refusedOptions());
        assertEquals(List.of(), config.pathPrefixes());
    }

    @Test
    void everySettingIsRead() throws Exception {
        NetworkConfig config = NetworkConfig.from(settings(Map.of("listen", "127.0.0.1:69", "port-range", "50000:50099",
                "allow", "10.0.0.0/8, 2001:db8::/32", "refuse-options", "BLKSIZE, tsize",
                "path-prefixes", "/srv/tftp/, /srv/boot")));
        assertEquals(Optional.of(new PortRange(50000, 50099)), config.portRange());
        assertEquals(100, config.portRange().get().size());
        assertEquals(Allowlist.parse(List.of("10.0.0.0/8", "2001:db8::/32")), config.addressAllow().get(0));
        assertEquals(Set.of("blksize", "tsize"), config.refusedOptions());
        assertEquals(List.of("/srv/tftp", "/srv/boot"), config.pathPrefixes());
    }

    @Test
    void aListenerAllowlistReplacesTheCommonOneForItsPositionInTftpListen() throws Exception {
        NetworkConfig config = NetworkConfig.from(settings(Map.of("listen", "10.1.0.1:69, inherited, 192.168.0.1:69",
                "allow", "10.1.0.0/16", "allow.2", "172.16.0.0/12", "allow.3", "192.168.0.0/24")));
        assertEquals(List.of(Allowlist.parse(List.of("10.1.0.0/16")), Allowlist.parse(List.of("192.168.0.0/24"))),
                config.addressAllow());
        assertEquals(Optional.of(Allowlist.parse(List.of("172.16.0.0/12"))), config.inherited());
        assertTrue(config.inherited().get().permits(InetAddress.getByName("172.20.0.1")));
    }

    @Test
    void theInheritedSocketCanBeTheOnlyListener() throws Exception {
        Settings settings = settings(Map.of("listen", "inherited", "single-port", "yes"));
        assertEquals(List.of(), TftpConfig.from(settings).listen());
        NetworkConfig config = NetworkConfig.from(settings);
        assertEquals(Optional.of(Allowlist.EVERYONE), config.inherited());
        assertTrue(config.singlePort());
    }

    @Test
    void everyKeyIsKnownToTheFactory() {
        Set<String> keys = new TftpProtocolFactory().settingKeys();
        assertTrue(keys.containsAll(Set.of("port-range", "single-port", "allow", "allow.1", "allow.16",
                "refuse-options", "path-prefixes", "listen", "blksize.max")), keys.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "port-range|50000",
        "port-range|50000-50100",
        "port-range|0:100",
        "port-range|200:100",
        "port-range|1:65536",
        "single-port|maybe",
        "allow|10.0.0.0/33",
        "allow|10.1.2.3/8",
        "allow|phones.example.com",
        "allow.1|nonsense",
        "allow.2|10.0.0.0/8",
        "refuse-options|rollover-please",
        "path-prefixes|srv/tftp",
        "path-prefixes|/srv/../etc"})
    void badValuesNameTheKeyValueAndFile(String key, String value) {
        Map<String, String> values = new HashMap<>(Map.of("listen", "127.0.0.1:0"));
        values.put(key, value);
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> NetworkConfig.from(settings(values)));
        assertTrue(e.getMessage().startsWith("provgw.properties: tftp." + key + " = " + value + ": "), e.getMessage());
    }

    @Test
    void aPortRangeMakesNoSenseOnASinglePort() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> NetworkConfig.from(settings(
                Map.of("listen", "127.0.0.1:0", "single-port", "true", "port-range", "50000:50010"))));
        assertEquals("tftp.port-range", e.key());
    }

    @Test
    void theInheritedSocketIsListedOnce() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> NetworkConfig.from(settings(Map.of("listen", "inherited, INHERITED"))));
        assertEquals("tftp.listen", e.key());
    }

    private static Settings settings(Map<String, String> values) {
        return Settings.of(values, "tftp.", Path.of("."), "provgw.properties");
    }
}
