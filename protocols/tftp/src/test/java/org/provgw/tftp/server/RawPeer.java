package org.provgw.tftp.server;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.codec.TftpProtocolException;
import org.provgw.tftp.packet.TftpPacket;

/** A hand-driven UDP peer for tests that need to send exactly the packets they choose. */
final class RawPeer implements AutoCloseable {

    record Received(InetSocketAddress from, TftpPacket packet) {
    }

    private final DatagramSocket socket;

    RawPeer(InetAddress bind) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(bind, 0));
        socket.setSoTimeout(3000);
    }

    void send(InetSocketAddress to, TftpPacket packet) throws IOException {
        send(to, TftpCodec.toBytes(packet));
    }

    void send(InetSocketAddress to, byte[] bytes) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, to));
    }

    Received receive() throws IOException, TftpProtocolException {
        byte[] buffer = new byte[70_000];
        DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
        socket.receive(datagram);
        return new Received((InetSocketAddress) datagram.getSocketAddress(),
                TftpCodec.decode(ByteBuffer.wrap(Arrays.copyOf(buffer, datagram.getLength()))));
    }

    /** @return true when nothing arrives within {@code millis} */
    boolean silentFor(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            socket.receive(new DatagramPacket(new byte[70_000], 70_000));
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(3000);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
