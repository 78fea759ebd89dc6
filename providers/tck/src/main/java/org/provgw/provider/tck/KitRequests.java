package org.provgw.provider.tck;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import org.provgw.provider.ProviderException;

/** Builds the kit's requests and looks files up with a clear failure message. */
final class KitRequests {

    /** A TFTP client in the IPv4 documentation range (RFC 5737). */
    static final InetSocketAddress CLIENT_A = address(new byte[] {(byte) 192, 0, 2, 10}, 49152);
    /** An HTTP client in the IPv6 documentation range (RFC 3849). */
    static final InetSocketAddress CLIENT_B = address(new byte[] {
        0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20}, 6970);

    private KitRequests() {
    }

    static FileRequest request(String rawName) {
        return request(rawName, CLIENT_A, Protocol.TFTP);
    }

    static FileRequest request(String rawName, InetSocketAddress client, Protocol protocol) {
        try {
            return FileRequest.of(rawName, client, protocol);
        } catch (IllegalPathException e) {
            return fail("the kit built an illegal request for " + rawName + ": " + e.getMessage());
        }
    }

    /** Finds a file the fixture says exists, failing when the provider does not have it. */
    static ProvidedFile findExpected(FileProvider provider, FileRequest request)
            throws ProviderException {
        Optional<ProvidedFile> found = provider.find(request);
        assertNotNull(found, "find() returned null, not Optional.empty(), for " + request.path());
        assertTrue(found.isPresent(), "expected file not found: " + request.path());
        return found.get();
    }

    static ProvidedFile findExpected(FileProvider provider, String path) throws ProviderException {
        return findExpected(provider, request(path));
    }

    private static InetSocketAddress address(byte[] ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByAddress(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad literal address", e);
        }
    }
}
