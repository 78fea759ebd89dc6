package org.provgw.http.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.http.wire.Header;
import org.provgw.http.wire.Headers;

class TrustedProxiesTest {

    private static final InetSocketAddress PROXY = new InetSocketAddress("10.0.0.2", 40000);
    private final TrustedProxies proxies = new TrustedProxies(List.of(Cidr.parse("10.0.0.0/8"),
            Cidr.parse("2001:db8:1::/48")));

    private static Headers forwarded(String... values) {
        List<Header> fields = new ArrayList<>();
        for (String value : values) {
            fields.add(new Header("X-Forwarded-For", value));
        }
        return new Headers(fields);
    }

    @Test
    void theRightmostUntrustedHopIsTheClient() {
        assertEquals(new InetSocketAddress("192.0.2.7", 0),
                proxies.client(PROXY, forwarded("203.0.113.9, 192.0.2.7, 10.9.9.9")));
        assertEquals(new InetSocketAddress("192.0.2.7", 0), proxies.client(PROXY, forwarded("192.0.2.7", "10.1.1.1")),
                "several fields are one list");
        assertEquals(new InetSocketAddress("10.3.3.3", 0), proxies.client(PROXY, forwarded("10.3.3.3, 10.1.1.1")),
                "all trusted: the leftmost");
        assertEquals(new InetSocketAddress("2001:db8::9", 0), proxies.client(PROXY, forwarded("2001:db8::9")));
        assertEquals(new InetSocketAddress("192.0.2.7", 8080), proxies.client(PROXY, forwarded("192.0.2.7:8080")));
        assertEquals(new InetSocketAddress("2001:db8::9", 8080), proxies.client(PROXY, forwarded("[2001:db8::9]:8080")));
    }

    @Test
    void withoutTheFieldOrFromAnUntrustedPeerThePeerIsTheClient() {
        assertEquals(PROXY, proxies.client(PROXY, forwarded()));
        InetSocketAddress stranger = new InetSocketAddress("192.0.2.50", 1234);
        assertEquals(stranger, proxies.client(stranger, forwarded("10.0.0.1")));
        assertEquals(stranger, TrustedProxies.NONE.client(stranger, forwarded("10.0.0.1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "evil.example.com", "1.2.3", "1.2.3.256", "[::1", "::1]", "1.2.3.4:99999",
            "_hidden", "fe80::1%eth0"})
    void aHopThatIsNotAnAddressEndsTheWalkAtTheLastGoodOne(String garbage) {
        assertEquals(new InetSocketAddress("10.1.1.1", 0),
                proxies.client(PROXY, forwarded("192.0.2.7, " + garbage + ", 10.1.1.1")));
    }

    @Test
    void cidrBlocksMatchTheirFamilyOnly() throws Exception {
        Cidr v4 = Cidr.parse("192.0.2.0/24");
        assertTrue(v4.contains(InetAddress.getByName("192.0.2.255")));
        assertFalse(v4.contains(InetAddress.getByName("192.0.3.0")));
        assertFalse(v4.contains(InetAddress.getByName("2001:db8::1")));
        Cidr host = Cidr.parse("192.0.2.7");
        assertTrue(host.contains(InetAddress.getByName("192.0.2.7")));
        assertFalse(host.contains(InetAddress.getByName("192.0.2.8")));
        assertTrue(Cidr.parse("::/0").contains(InetAddress.getByName("2001:db8::1")));
        assertEquals("192.0.2.0/24", Cidr.parse("192.0.2.77/24").toString());
        assertEquals(Cidr.parse("10.0.0.0/8"), Cidr.parse("10.1.2.3/8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x", "2001:db8::/129", "localhost", "10.0.0/8"})
    void badBlocksAreRefused(String block) {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(block));
    }
}
