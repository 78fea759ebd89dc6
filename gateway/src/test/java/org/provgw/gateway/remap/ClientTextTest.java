package org.provgw.gateway.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code \i} and {@code \x}: the expected texts are glibc's inet_ntop (through Python's socket module). */
class ClientTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "::, ::",
        "::1, ::1",
        "2001:db8::, 2001:db8::",
        "2001:db8::1, 2001:db8::1",
        "::192.0.2.1, ::192.0.2.1",
        "::2:3, ::0.2.0.3",
        "1:0:0:1:0:0:0:1, 1:0:0:1::1",
        "1:0:1:0:1:0:1:0, 1:0:1:0:1:0:1:0",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "0:0:0:0:0:1:0:0, ::1:0:0",
        "1::, 1::",
        "2001:DB8:AAAA:BBBB:CCCC:DDDD:EEEE:FFFF, 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff",
    })
    void writesIpv6AsInetNtopDoes(String address, String expected) throws UnknownHostException {
        assertEquals(expected, ClientText.ipv6(InetAddress.getByName(address).getAddress()));
    }

    @Test
    void hexIsTheAddressBytesInUpperCase() throws UnknownHostException {
        assertEquals("C00002A9", new ClientText(InetAddress.getByName("192.0.2.169")).hex());
        assertEquals("20010DB8000000000000000000000001", new ClientText(InetAddress.getByName("2001:db8::1")).hex());
    }

    @Test
    void anIpv4MappedClientIsIpv4() throws UnknownHostException {
        ClientText mapped = new ClientText(InetAddress.getByName("::ffff:192.0.2.1"));
        assertEquals("192.0.2.1", mapped.dotted());
        assertEquals("C0000201", mapped.hex());
        assertFalse(mapped.isIpv6());
        assertTrue(new ClientText(InetAddress.getByName("fe80::1%1")).isIpv6());
        assertEquals("fe80::1", new ClientText(InetAddress.getByName("fe80::1%1")).dotted(), "no scope, as inet_ntop");
    }
}
