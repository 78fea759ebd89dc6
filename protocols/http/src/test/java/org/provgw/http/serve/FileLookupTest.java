package org.provgw.http.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Resolution;
import org.provgw.provider.DevicePrefix;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;

class FileLookupTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("192.0.2.7", 50000);

    private final List<String> asked = new ArrayList<>();

    private FileResolver having(String... names) {
        Set<String> present = Set.of(names);
        return request -> {
            asked.add(request.path());
            if (request.path().equals("down.xml")) {
                return new Resolution.Unavailable("sql", "db down");
            }
            return present.contains(request.path())
                    ? new Resolution.Found(ProvidedFile.ofBytes(new byte[1], "v", Instant.EPOCH), "fs")
                    : new Resolution.NotFound();
        };
    }

    @Test
    void theRequestCarriesTheNormalizedPathTheDeviceTheClientAndTheProtocol() {
        FileLookup lookup = new FileLookup(NameRewriter.IDENTITY, having("a/SEP0011AABBCC01.cnf.xml"), Protocol.HTTPS,
                false);
        Lookup.Found found = assertInstanceOf(Lookup.Found.class, lookup.find("a//./sep0011aabbcc01.cnf.xml"
                .replace("sep0011aabbcc01", "SEP0011AABBCC01"), CLIENT));
        assertEquals("a/SEP0011AABBCC01.cnf.xml", found.request().path());
        assertEquals(DevicePrefix.SEP, found.request().device().orElseThrow().prefix());
        assertEquals(CLIENT, found.request().client());
        assertEquals(Protocol.HTTPS, found.request().protocol());
        assertFalse(found.unsignedFallback());
    }

    @Test
    void aSgnNameFallsBackToTheUnsignedFileOnlyWhenItIsMissing() {
        FileLookup lookup = new FileLookup(NameRewriter.IDENTITY, having("a.xml", "b.xml", "b.xml.sgn"), Protocol.HTTPS,
                true);
        Lookup.Found fallback = assertInstanceOf(Lookup.Found.class, lookup.find("a.xml.sgn", CLIENT));
        assertTrue(fallback.unsignedFallback());
        assertEquals("a.xml", fallback.request().path());
        assertFalse(assertInstanceOf(Lookup.Found.class, lookup.find("b.xml.sgn", CLIENT)).unsignedFallback());
        assertEquals("c.xml.sgn", assertInstanceOf(Lookup.NotFound.class, lookup.find("c.xml.sgn", CLIENT)).name());
        assertInstanceOf(Lookup.NotFound.class, lookup.find(".sgn", CLIENT));
        assertInstanceOf(Lookup.NotFound.class, lookup.find("dir/.sgn", CLIENT));
        assertEquals(List.of("a.xml.sgn", "a.xml", "b.xml.sgn", "c.xml.sgn", "c.xml", ".sgn", "dir/.sgn"), asked);
    }

    @Test
    void anUnavailableProviderIsNotFallenBackFrom() {
        FileLookup lookup = new FileLookup(NameRewriter.IDENTITY, having(), Protocol.HTTPS, true);
        Lookup.Unavailable down = assertInstanceOf(Lookup.Unavailable.class, lookup.find("down.xml", CLIENT));
        assertEquals("sql", down.provider());
    }

    @Test
    void badNamesAreRefusedBeforeAnyProviderIsAsked() {
        FileLookup lookup = new FileLookup(NameRewriter.IDENTITY, having(), Protocol.HTTP, false);
        assertInstanceOf(Lookup.BadName.class, lookup.find("a/../../etc/passwd", CLIENT));
        assertInstanceOf(Lookup.BadName.class, lookup.find("a\u0001b", CLIENT));
        assertInstanceOf(Lookup.BadName.class, lookup.find("x".repeat(1025), CLIENT));
        assertInstanceOf(Lookup.NotFound.class, lookup.find("", CLIENT));
        assertTrue(asked.isEmpty());
    }
}
