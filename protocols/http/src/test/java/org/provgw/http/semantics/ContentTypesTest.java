package org.provgw.http.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "SEP0011AABBCC01.cnf.xml          | text/xml",
            "XMLDefault.CNF.XML               | text/xml",
            "SIP0011AABBCC01.cnf              | text/plain",
            "ConfigFileCacheList.txt          | text/plain",
            "SIP88xx.14-1-1-0001-136.loads    | application/octet-stream",
            "P0030801SR03.sbn                 | application/octet-stream",
            "P0030801SR03.bin                 | application/octet-stream",
            "SEP0011AABBCC01.cnf.xml.sgn      | application/octet-stream",
            "ITLSEP0011AABBCC01.tlv           | application/octet-stream",
            "Desktops/320x212x12/TN-Fall.png  | image/png",
            "apps/Directory.jar               | application/java-archive",
            "README                           | application/octet-stream",
            "dir.d/README                     | application/octet-stream",
            ".hidden                          | application/octet-stream",
            "trailing.                        | application/octet-stream"})
    void byExtension(String path, String type) {
        assertEquals(type, ContentTypes.of(path));
    }
}
