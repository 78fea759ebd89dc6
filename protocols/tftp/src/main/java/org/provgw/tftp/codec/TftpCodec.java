package org.provgw.tftp.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.Request;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpOpcode;
import org.provgw.tftp.packet.TftpPacket;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;

/**
 * Pure conversion between one datagram's bytes and a {@link TftpPacket}. No transport types: a
 * {@link ByteBuffer} in, a packet out, and the reverse. Malformed input is a
 * {@link TftpProtocolException} carrying ERROR 4, never an unchecked exception.
 */
public final class TftpCodec {

    private TftpCodec() {
    }

    /**
     * Decodes one datagram, from the buffer's position to its limit (the position moves to the
     * limit).
     *
     * @param datagram the bytes received
     * @return the packet
     * @throws TftpProtocolException if the bytes are not a well-formed packet
     */
    public static TftpPacket decode(ByteBuffer datagram) throws TftpProtocolException {
        if (datagram.remaining() < 2) {
            throw illegal("packet shorter than an opcode");
        }
        int code = Short.toUnsignedInt(datagram.getShort());
        TftpOpcode opcode = TftpOpcode.of(code).orElseThrow(() -> illegal("unknown opcode " + code));
        return switch (opcode) {
            case RRQ, WRQ -> decodeRequest(opcode, datagram);
            case DATA -> new Data(readBlock(datagram, "DATA"), remainingBytes(datagram));
            case ACK -> decodeAck(datagram);
            case ERROR -> decodeError(datagram);
            case OACK -> new OptionAck(readOptions(datagram));
        };
    }

    /**
     * Encodes a packet.
     *
     * @param packet the packet
     * @return a heap buffer holding the datagram, position 0, limit at its end
     */
    public static ByteBuffer encode(TftpPacket packet) {
        WireWriter w = new WireWriter();
        w.putShort(packet.opcode().code());
        if (packet instanceof Request r) {
            w.putString(r.filename());
            w.putString(r.mode().wireName());
            putOptions(w, r.options());
        } else if (packet instanceof Data d) {
            w.putShort(d.block());
            w.put(d.payload());
        } else if (packet instanceof Ack a) {
            w.putShort(a.block());
        } else if (packet instanceof ErrorPacket e) {
            w.putShort(e.code().code());
            w.putString(e.message());
        } else if (packet instanceof OptionAck o) {
            putOptions(w, o.options());
        }
        return w.toBuffer();
    }

    /**
     * @param packet the packet
     * @return the encoded datagram as an array of exactly its length
     */
    public static byte[] toBytes(TftpPacket packet) {
        ByteBuffer buf = encode(packet);
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        return bytes;
    }

    private static void putOptions(WireWriter w, Map<String, String> options) {
        options.forEach((k, v) -> {
            w.putString(k);
            w.putString(v);
        });
    }

    private static Request decodeRequest(TftpOpcode opcode, ByteBuffer buf)
            throws TftpProtocolException {
        String filename = readFilename(buf);
        String modeName = readString(buf, "transfer mode");
        TransferMode mode = TransferMode.parse(modeName)
                .orElseThrow(() -> illegal("unknown transfer mode '" + printable(modeName) + "'"));
        Map<String, String> options = readOptions(buf);
        return opcode == TftpOpcode.RRQ
                ? new ReadRequest(filename, mode, options)
                : new WriteRequest(filename, mode, options);
    }

    private static Ack decodeAck(ByteBuffer buf) throws TftpProtocolException {
        Ack ack = new Ack(readBlock(buf, "ACK"));
        buf.position(buf.limit()); // RFC 1350 ACKs are 4 bytes; tolerate trailing padding
        return ack;
    }

    private static ErrorPacket decodeError(ByteBuffer buf) throws TftpProtocolException {
        TftpErrorCode code = TftpErrorCode.valueOf(readBlock(buf, "ERROR"));
        int end = indexOfNul(buf);
        int length = (end < 0 ? buf.limit() : end) - buf.position();
        String message = new String(bytesAt(buf, buf.position(), length), StandardCharsets.UTF_8);
        buf.position(buf.limit());
        return new ErrorPacket(code, message);
    }

    /**
     * Options are name/value pairs of NUL-terminated strings. Names are folded to lowercase and
     * the first occurrence of a name wins. A dangling name without a value and trailing NUL
     * padding (some clients send it) are ignored rather than refused.
     */
    private static Map<String, String> readOptions(ByteBuffer buf) throws TftpProtocolException {
        Map<String, String> options = new LinkedHashMap<>();
        while (buf.hasRemaining()) {
            if (indexOfNul(buf) < 0) {
                throw illegal("unterminated option");
            }
            String name = readString(buf, "option name").toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!buf.hasRemaining()) {
                break;
            }
            if (indexOfNul(buf) < 0) {
                throw illegal("unterminated value of option " + printable(name));
            }
            String value = readString(buf, "option value");
            options.putIfAbsent(name, value);
        }
        return options;
    }

    private static int readBlock(ByteBuffer buf, String what) throws TftpProtocolException {
        if (buf.remaining() < 2) {
            throw illegal(what + " packet too short");
        }
        return Short.toUnsignedInt(buf.getShort());
    }

    private static byte[] remainingBytes(ByteBuffer buf) {
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        return bytes;
    }

    private static String readFilename(ByteBuffer buf) throws TftpProtocolException {
        int end = indexOfNul(buf);
        if (end < 0) {
            throw illegal("unterminated file name");
        }
        ByteBuffer slice = buf.duplicate();
        slice.limit(end);
        buf.position(end + 1);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw illegal("file name is not valid UTF-8");
        }
    }

    /** Mode and option strings are ASCII by RFC; ISO-8859-1 keeps any byte without failing. */
    private static String readString(ByteBuffer buf, String what) throws TftpProtocolException {
        int end = indexOfNul(buf);
        if (end < 0) {
            throw illegal("unterminated " + what);
        }
        String s = new String(bytesAt(buf, buf.position(), end - buf.position()),
                StandardCharsets.ISO_8859_1);
        buf.position(end + 1);
        return s;
    }

    /** Copies bytes by absolute index, so heap and direct buffers decode alike. */
    private static byte[] bytesAt(ByteBuffer buf, int index, int length) {
        byte[] bytes = new byte[length];
        buf.get(index, bytes);
        return bytes;
    }

    private static int indexOfNul(ByteBuffer buf) {
        for (int i = buf.position(); i < buf.limit(); i++) {
            if (buf.get(i) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 32; i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return sb.toString();
    }

    private static TftpProtocolException illegal(String message) {
        return new TftpProtocolException(TftpErrorCode.ILLEGAL_OPERATION, message);
    }
}
