package org.provgw.tftp.server;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds a block of consecutive UDP ports free on an address, below the kernel's ephemeral
 * range so that other sockets are unlikely to take them meanwhile: for tests of
 * {@code tftp.port-range}, which needs fixed numbers.
 */
final class FreePorts {

    private FreePorts() {
    }

    /** @return the first port of {@code count} consecutive ports that could all be bound just now */
    static int block(InetAddress address, int count) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            List<DatagramSocket> held = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    held.add(new DatagramSocket(new InetSocketAddress(address, base + i)));
                }
                return base;
            } catch (IOException e) {
                // taken: try elsewhere
            } finally {
                held.forEach(DatagramSocket::close);
            }
        }
        throw new IOException("no " + count + " consecutive free ports found");
    }

    /** Binds every port of the block, as another program holding them would. */
    static List<DatagramSocket> hold(InetAddress address, int base, int count) throws IOException {
        List<DatagramSocket> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            held.add(new DatagramSocket(new InetSocketAddress(address, base + i)));
        }
        return held;
    }
}
