package org.provgw.tftp.hpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListenAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-|ANY|0.0.0.0:69|-",
        ":69|ANY|0.0.0.0:69|-",
        ":tftp|ANY|0.0.0.0:69|-",
        ":6969|V4|0.0.0.0:6969|0.0.0.0/0",
        ":6969|V6|0.0.0.0:6969|::/0",
        "192.0.2.7|ANY|192.0.2.7:69|-",
        "192.0.2.7:1069|V4|192.0.2.7:1069|-",
        "[2001:db8::7]|ANY|[2001:db8::7]:69|-",
        "[::]:69|ANY|[::]:69|-",
        "[::]:69|V6|[::]:69|::/0",
        "localhost:0|ANY|localhost:0|-",
        "localhost|V4|localhost:69|0.0.0.0/0"})
    void choosesTheSocketAndTheFamilyTftpdHpaWould(String address, String family, String listen, String allow)
            throws Exception {
        ListenAddress result = ListenAddress.of(Optional.ofNullable(address), TftpdOptions.Family.valueOf(family));
        assertEquals(listen, result.listen());
        assertEquals(Optional.ofNullable(allow), result.allow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "::1|ANY|Numeric IPv6 addresses need to be enclosed in []",
        "[::1|ANY|Numeric IPv6 addresses need to be enclosed in []",
        "[::1]x|ANY|cannot resolve local bind port",
        ":ssh|ANY|cannot resolve local bind port: ssh",
        ":70000|ANY|cannot resolve local bind port: 70000",
        "[::1]:69|V4|Address ::1 is not in address family AF_INET",
        "192.0.2.7|V6|Address 192.0.2.7 is not in address family AF_INET6"})
    void refusesWhatTftpdHpaRefuses(String address, String family, String message) {
        TftpdUsageException e = assertThrows(TftpdUsageException.class,
                () -> ListenAddress.of(Optional.of(address), TftpdOptions.Family.valueOf(family)));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
