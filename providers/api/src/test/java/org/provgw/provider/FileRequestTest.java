package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A request as protocols hand it to providers: normalized path, matching device. */
class FileRequestTest {

    // never bound: a request only carries the address
    private static final InetSocketAddress CLIENT =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 50123);
    private static final DeviceId SEP_01 = new DeviceId(DevicePrefix.SEP, "0011AABBCC01");

    @Test
    void ofNormalizesTheNameAndParsesTheDevice() throws IllegalPathException {
        FileRequest request = FileRequest.of("\\Sub//sep0011aabbcc01.cnf.xml", CLIENT, Protocol.TFTP);
        assertEquals("Sub/sep0011aabbcc01.cnf.xml", request.path());
        assertEquals(Optional.of(SEP_01), request.device());
        assertEquals(CLIENT, request.client());
        assertEquals(Protocol.TFTP, request.protocol());
        assertEquals("sep0011aabbcc01.cnf.xml", request.fileName());
    }

    @Test
    void ofGivesNoDeviceForACommonFile() throws IllegalPathException {
        FileRequest request = FileRequest.of("/XMLDefault.cnf.xml", CLIENT, Protocol.HTTP);
        assertEquals("XMLDefault.cnf.xml", request.path());
        assertEquals(Optional.empty(), request.device());
    }

    @Test
    void ofGivesNoDeviceWhenThePrefixIsOnlyInADirectory() throws IllegalPathException {
        FileRequest request = FileRequest.of("SEP0011AABBCC01\\foo.txt", CLIENT, Protocol.TFTP);
        assertEquals("SEP0011AABBCC01/foo.txt", request.path());
        assertEquals(Optional.empty(), request.device());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void ofKeepsTheProtocol(Protocol protocol) throws IllegalPathException {
        assertEquals(protocol, FileRequest.of("a.txt", CLIENT, protocol).protocol());
    }

    @ParameterizedTest
    @CsvSource({
        "../etc/passwd,    '..' is not allowed in file names",
        "a\\..\\b,         '..' is not allowed in file names",
        "/,                empty file name",
        "'',               empty file name",
    })
    void ofRefusesIllegalNamesWithTheRawName(String raw, String reason) {
        IllegalPathException e = assertThrows(IllegalPathException.class,
                () -> FileRequest.of(raw, CLIENT, Protocol.TFTP));
        assertEquals(raw, e.rawName());
        assertEquals(reason, e.getMessage());
    }

    @Test
    void ofRefusesControlCharactersAndNull() {
        IllegalPathException nul = assertThrows(IllegalPathException.class,
                () -> FileRequest.of("a\0b", CLIENT, Protocol.TFTP));
        assertEquals("a\0b", nul.rawName());
        assertEquals("control character in file name", nul.getMessage());
        IllegalPathException missing = assertThrows(IllegalPathException.class,
                () -> FileRequest.of(null, CLIENT, Protocol.TFTP));
        assertNull(missing.rawName());
        assertEquals("missing file name", missing.getMessage());
    }

    @Test
    void ofRefusesANullClientOrProtocol() {
        assertEquals("client", assertThrows(NullPointerException.class,
                () -> FileRequest.of("a.txt", null, Protocol.TFTP)).getMessage());
        assertEquals("protocol", assertThrows(NullPointerException.class,
                () -> FileRequest.of("a.txt", CLIENT, null)).getMessage());
    }

    @Test
    void constructorAcceptsANormalizedPathWithItsDevice() {
        FileRequest request = new FileRequest("dir/SEP0011AABBCC01.cnf.xml", Optional.of(SEP_01),
                CLIENT, Protocol.HTTPS);
        assertEquals("dir/SEP0011AABBCC01.cnf.xml", request.path());
        assertEquals(Optional.of(SEP_01), request.device());
        assertEquals(Protocol.HTTPS, request.protocol());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"/a.txt", "\\a.txt", "a.txt/", "a//b", "a\\b", "./a", "a/./b", "..",
        "a/../b", "", "/", "a\0b"})
    void constructorRefusesAPathThatIsNotNormalized(String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FileRequest(path, Optional.empty(), CLIENT, Protocol.TFTP));
        assertEquals("path is not normalized: " + path, e.getMessage());
    }

    @Test
    void constructorRefusesAnOverLongPath() {
        String path = "a".repeat(1025);
        assertThrows(IllegalArgumentException.class,
                () -> new FileRequest(path, Optional.empty(), CLIENT, Protocol.TFTP));
    }

    @ParameterizedTest(name = "[{index}] {0} with {1}")
    @CsvSource({
        // path,                     device prefix, device MAC (empty: no device)
        "SEP0011AABBCC01.cnf.xml,    ,              ",
        "XMLDefault.cnf.xml,         SEP,           0011AABBCC01",
        "SEP0011AABBCC01.cnf.xml,    SEP,           0011AABBCC02",
        "CTLSEP0011AABBCC01.tlv,     SEP,           0011AABBCC01",
        "SEP0011AABBCC01.cnf.xml,    CTLSEP,        0011AABBCC01",
        "SEP0011AABBCC01/foo.txt,    SEP,           0011AABBCC01",
    })
    void constructorRefusesADeviceThatDoesNotMatchThePath(String path, DevicePrefix prefix,
                                                          String mac) {
        Optional<DeviceId> device = prefix == null
                ? Optional.empty() : Optional.of(new DeviceId(prefix, mac));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FileRequest(path, device, CLIENT, Protocol.TFTP));
        assertEquals("device " + device + " does not match " + path, e.getMessage());
    }

    @Test
    void constructorRefusesNullDeviceClientAndProtocol() {
        assertEquals("device", assertThrows(NullPointerException.class,
                () -> new FileRequest("a.txt", null, CLIENT, Protocol.TFTP)).getMessage());
        assertEquals("client", assertThrows(NullPointerException.class,
                () -> new FileRequest("a.txt", Optional.empty(), null, Protocol.TFTP)).getMessage());
        assertEquals("protocol", assertThrows(NullPointerException.class,
                () -> new FileRequest("a.txt", Optional.empty(), CLIENT, null)).getMessage());
    }

    @Test
    void constructorRefusesANullPath() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> new FileRequest(null, Optional.empty(), CLIENT, Protocol.TFTP));
        assertTrue(e instanceof NullPointerException || e instanceof IllegalArgumentException,
                () -> "unexpected " + e);
    }

    @Test
    void constructorRefusesANullPathWithNullPointerException() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new FileRequest(null, Optional.empty(), CLIENT, Protocol.TFTP));
        assertEquals("path", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "a.txt,                         a.txt",
        "dir/a.txt,                     a.txt",
        "a/b/c/SEP0011AABBCC01.cnf.xml, SEP0011AABBCC01.cnf.xml",
        "'dir/with space/x y.cnf',      'x y.cnf'",
    })
    void fileNameIsTheLastSegment(String path, String fileName) {
        FileRequest request = new FileRequest(path, DeviceId.fromPath(path), CLIENT, Protocol.TFTP);
        assertEquals(fileName, request.fileName());
    }

    @Test
    void requestsForTheSameNameAreEqual() throws IllegalPathException {
        assertEquals(FileRequest.of("/a\\SEP0011AABBCC01.cnf.xml", CLIENT, Protocol.TFTP),
                FileRequest.of("a/SEP0011AABBCC01.cnf.xml", CLIENT, Protocol.TFTP));
    }
}
