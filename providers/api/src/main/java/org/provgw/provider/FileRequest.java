package org.provgw.provider;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * One request for one file, as every protocol hands it to the provider chain.
 *
 * @param path the normalized path (see {@link RequestPath}): no leading separator, {@code /}
 *     between segments, no {@code .} or {@code ..} segments, never empty
 * @param device the device the file name belongs to, or empty when the name is not
 *     device-specific; always {@link DeviceId#fromPath(String)} of {@code path}
 * @param client the address and port the request came from, never {@code null}
 * @param protocol the protocol the request arrived on, never {@code null}
 */
public record FileRequest(String path, Optional<DeviceId> device, InetSocketAddress client,
                          Protocol protocol) {

    /**
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code path} is not normalized or {@code device} does
     *     not match it
     */
    public FileRequest {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(protocol, "protocol");
        if (!RequestPath.isNormalized(path)) {
            throw new IllegalArgumentException("path is not normalized: " + path);
        }
        if (!device.equals(DeviceId.fromPath(path))) {
            throw new IllegalArgumentException("device " + device + " does not match " + path);
        }
    }

    /**
     * Builds a request from a name as the client sent it.
     *
     * @param rawName the requested name, before normalization
     * @param client the client's address and port
     * @param protocol the protocol the request arrived on
     * @return the request, with the normalized path and the parsed device
     * @throws IllegalPathException if the name cannot denote a servable file
     */
    public static FileRequest of(String rawName, InetSocketAddress client, Protocol protocol)
            throws IllegalPathException {
        String path = RequestPath.normalize(rawName);
        return new FileRequest(path, DeviceId.fromPath(path), client, protocol);
    }

    /** @return the last segment of {@link #path()}, e.g. {@code SEP0011AABBCC01.cnf.xml} */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
