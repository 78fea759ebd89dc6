package org.provgw.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocketAddressesTest {

    @Test
    void parsesAddressesWithPorts() throws Exception {
        assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 6969),
                SocketAddresses.parse("127.0.0.1:6969", -1));
        assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 69), SocketAddresses.parse("[::1]:69", -1));
        assertEquals(new InetSocketAddress(InetAddress.getByName("::"), 0), SocketAddresses.parse("[::]:0", -1));
        assertEquals(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 65535),
                SocketAddresses.parse("0.0.0.0:65535", -1));
    }

    @Test
    void aBareHostTakesTheDefaultPortWhenThereIsOne() throws Exception {
        assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 69), SocketAddresses.parse("[::1]", 69));
        assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 69), SocketAddresses.parse("127.0.0.1", 69));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SocketAddresses.parse("127.0.0.1", -1));
        assertEquals("expected address:port in '127.0.0.1'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1:69", "[::1", "[::1]69", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:-1",
        "127.0.0.1:x", ":69", "[]:69", "no-such-host.invalid:69", "nonsense"})
    void refusesWhatIsNotAnAddressAndPort(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SocketAddresses.parse(text, -1));
        assertTrue(e.getMessage().contains("'"), e.getMessage());
    }

    @Test
    void formatsAsOperatorsWriteThem() throws Exception {
        assertEquals("0.0.0.0:6969", SocketAddresses.format(new InetSocketAddress("0.0.0.0", 6969)));
        assertEquals("[::]:6969", SocketAddresses.format(new InetSocketAddress(InetAddress.getByName("::"), 6969)));
        assertEquals("[::1]:69", SocketAddresses.format(new InetSocketAddress("::1", 69)));
        assertEquals("[2001:db8::1:0:0:1]:69",
                SocketAddresses.format(new InetSocketAddress("2001:db8:0:0:1:0:0:1", 69)));
        assertEquals("[2001:db8:1:2:3:4:5:6]:69",
                SocketAddresses.format(new InetSocketAddress("2001:db8:1:2:3:4:5:6", 69)));
        assertEquals("[2001:db8:0:1:1:1:1:1]:69",
                SocketAddresses.format(new InetSocketAddress("2001:db8:0:1:1:1:1:1", 69)));
        assertEquals("tftp.example:69", SocketAddresses.format(InetSocketAddress.createUnresolved("tftp.example", 69)));
        assertEquals("fe80::1%eth0", SocketAddresses.compress("fe80:0:0:0:0:0:0:1%eth0"));
        assertEquals("127.0.0.1:69, [::1]:70", SocketAddresses.join(List.of(new InetSocketAddress("127.0.0.1", 69),
                new InetSocketAddress("::1", 70))));
    }

    @Test
    void formatAndParseRoundTrip() throws Exception {
        for (String text : List.of("192.0.2.7:69", "[2001:db8::7]:69", "[::]:6969")) {
            assertEquals(text, SocketAddresses.format(SocketAddresses.parse(text, -1)));
        }
    }
}
