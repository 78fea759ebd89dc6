package org.provgw.tftp.transfer;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.codec.TftpProtocolException;
import org.provgw.tftp.packet.TftpPacket;

/** A {@link TransferPort} that decodes and keeps what the state machine sends. */
final class RecordingPort implements TransferPort {

    record Sent(InetSocketAddress to, TftpPacket packet) {
    }

    private final InetSocketAddress peer;
    final List<Sent> sent = new ArrayList<>();

    RecordingPort(InetSocketAddress peer) {
        this.peer = peer;
    }

    @Override
    public void send(ByteBuffer datagram) {
        sendTo(peer, datagram);
    }

    @Override
    public void sendTo(InetSocketAddress target, ByteBuffer datagram) {
        try {
            byte[] copy = new byte[datagram.remaining()];
            datagram.get(copy);
            sent.add(new Sent(target, TftpCodec.decode(ByteBuffer.wrap(copy))));
        } catch (TftpProtocolException e) {
            throw new AssertionError("the state machine sent a malformed packet", e);
        }
    }

    /** @return the packets sent since the last call, and forgets them */
    List<TftpPacket> drain() {
        List<TftpPacket> packets = new ArrayList<>();
        for (Sent s : sent) {
            packets.add(s.packet());
        }
        sent.clear();
        return packets;
    }
}
