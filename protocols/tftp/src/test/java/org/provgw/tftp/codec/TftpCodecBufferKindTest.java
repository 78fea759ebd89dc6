package org.provgw.tftp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpPacket;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;

/**
 * {@code decode} takes any {@link ByteBuffer}: a direct one (a reused NIO receive buffer, or a
 * MINA {@code IoBuffer} with direct buffers on) and a read-only one must decode like a heap one,
 * and malformed bytes in them must still give the checked exception.
 */
class TftpCodecBufferKindTest {

    static Stream<Arguments> packets() {
        return Stream.of(
                Arguments.of(new ReadRequest("SEP0011.cnf.xml", TransferMode.OCTET, Map.of("blksize", "1428"))),
                Arguments.of(new WriteRequest("up.bin", TransferMode.NETASCII, Map.of())),
                Arguments.of(new Data(65535, new byte[] {1, 2, 3})),
                Arguments.of(new Ack(1)),
                Arguments.of(new ErrorPacket(TftpErrorCode.FILE_NOT_FOUND, "File not found")),
                Arguments.of(new OptionAck(Map.of("tsize", "3"))));
    }

    private static ByteBuffer direct(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.allocateDirect(bytes.length + 8);
        buf.position(3);
        buf.put(bytes);
        buf.flip();
        buf.position(3);
        return buf;
    }

    @ParameterizedTest
    @MethodSource("packets")
    void decodesFromADirectBuffer(TftpPacket packet) throws Exception {
        ByteBuffer buf = direct(TftpCodec.toBytes(packet));
        assertEquals(packet, TftpCodec.decode(buf));
        assertEquals(buf.limit(), buf.position());
    }

    @ParameterizedTest
    @MethodSource("packets")
    void decodesFromAReadOnlyBuffer(TftpPacket packet) throws Exception {
        ByteBuffer buf = ByteBuffer.wrap(TftpCodec.toBytes(packet)).asReadOnlyBuffer();
        assertEquals(packet, TftpCodec.decode(buf));
    }

    @ParameterizedTest
    @MethodSource("packets")
    void malformedBytesInADirectBufferGiveTheCheckedException(TftpPacket packet) {
        byte[] bytes = TftpCodec.toBytes(packet);
        byte[] truncated = new byte[Math.min(bytes.length, 3)];
        System.arraycopy(bytes, 0, truncated, 0, truncated.length);
        if (packet instanceof OptionAck) {
            truncated = Bytes.opcode(6).text("tsize").array();
        }
        ByteBuffer buf = direct(truncated);
        TftpProtocolException e = assertThrows(TftpProtocolException.class, () -> TftpCodec.decode(buf));
        assertEquals(TftpErrorCode.ILLEGAL_OPERATION, e.code());
    }
}
