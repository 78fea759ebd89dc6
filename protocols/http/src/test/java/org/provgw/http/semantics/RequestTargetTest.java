package org.provgw.http.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/SEP0011AABBCC01.cnf.xml            | /SEP0011AABBCC01.cnf.xml",
            "/a%20b                              | /a b",
            "/a+b                                | /a+b",
            "/caf%C3%A9.xml                      | /caf\u00e9.xml",
            "/a%2Fb                              | /a/b",
            "/%2e%2e/x                           | /../x",
            "/a?x=1&y=%zz                        | /a",
            "/                                   | /",
            "http://tftp:6970/Desktops/a.png?x   | /Desktops/a.png",
            "HTTPS://tftp                        | /",
            "http://tftp?q                       | /",
            "http://tftp/a%41                    | /aA"})
    void decodesThePath(String target, String path) throws BadTarget {
        assertEquals(path, RequestTarget.decodePath(target));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*", "tftp:6970", "ftp://h/a", "a.xml", "/a%", "/a%4", "/a%g0", "/%C3%28", "/%FF",
            "/a#frag", "/%ED%A0%80"})
    void refusesWhatNamesNoFile(String target) {
        assertThrows(BadTarget.class, () -> RequestTarget.decodePath(target));
    }
}
