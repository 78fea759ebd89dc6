package org.provgw.http.mina;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.session.AbstractIoSession;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.transport.socket.nio.NioSession;
import org.provgw.http.conn.Transport;

/**
 * A {@link Transport} over one MINA session. Writes are the buffers and regions themselves, so
 * MINA's {@code messageSent} hands back the same object the connection was given as a handle.
 */
final class MinaTransport implements Transport {

    private static final Logger LOG = LogManager.getLogger(MinaTransport.class);

    private final IoSession session;
    private final boolean secure;
    private final boolean zeroCopy;

    /**
     * @param session the session
     * @param secure whether the session is TLS (no zero copy, close with close_notify)
     * @param zeroCopy whether zero-copy transfers are enabled
     */
    MinaTransport(IoSession session, boolean secure, boolean zeroCopy) {
        this.session = session;
        this.secure = secure;
        this.zeroCopy = zeroCopy && !secure;
    }

    /**
     * Writes straight to the non-blocking socket when nothing of this connection is queued in
     * MINA (so MINA's I/O thread is not writing to it and cannot reorder anything), and queues
     * only what the socket did not take. A response built on a look-up thread then leaves from
     * that thread, without waking the I/O thread for it: MINA's datagram acceptor sends the
     * same way. Never over TLS, whose filter must see every byte.
     */
    @Override
    public Object write(ByteBuffer bytes, boolean nothingQueued) {
        if (nothingQueued && !secure && session instanceof AbstractIoSession io && !session.isClosing()
                && session instanceof NioSession nio && nio.getChannel() instanceof SocketChannel socket) {
            try {
                int written = socket.write(bytes);
                // MINA's send timeout measures from the last write it knows of
                io.increaseWrittenBytes(written, System.currentTimeMillis());
            } catch (IOException e) {
                LOG.debug("write to {} failed: {}", session.getRemoteAddress(), e.toString());
                session.closeNow();
                return new Object(); // never reported sent: the close ends the response
            }
            if (!bytes.hasRemaining()) {
                return SENT;
            }
        }
        IoBuffer buffer = IoBuffer.wrap(bytes);
        session.write(buffer);
        return buffer;
    }

    @Override
    public Object write(FileChannel channel, long position, long count) {
        SendfileRegion region = new SendfileRegion(channel, position, count);
        session.write(region);
        return region;
    }

    @Override
    public boolean zeroCopy() {
        return zeroCopy;
    }

    @Override
    public void suspendRead() {
        session.suspendRead();
    }

    @Override
    public void resumeRead() {
        session.resumeRead();
    }

    @Override
    public void close(boolean linger) {
        if (secure) {
            TlsChain.closeGracefully(session);
        } else if (linger && session instanceof NioSession nio && nio.getChannel() instanceof SocketChannel socket) {
            try {
                socket.shutdownOutput(); // the response is out; read and drop what the client still sends
            } catch (IOException e) {
                LOG.debug("shutdownOutput({}) failed: {}", session.getRemoteAddress(), e.toString());
                session.closeNow();
            }
        } else {
            session.closeOnFlush();
        }
    }

    @Override
    public void abort() {
        session.closeNow();
    }
}
