package org.provgw.tftp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
 * Seeded random input: whatever arrives, the decoder answers with a packet or a
 * {@link TftpProtocolException}; and every valid packet survives encode then decode.
 */
class TftpCodecFuzzTest {

    private static final long SEED = 0x7F7BL;
    private static final int DATAGRAMS = 20_000;
    private static final byte[] TOKENS = "octetnetasciimailblksizetsizewindowsizetimeout0123456789OCTET"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void randomDatagramsNeverEscapeAsUncheckedExceptions() {
        Random random = new Random(SEED);
        int decoded = 0;
        int refused = 0;
        for (int i = 0; i < DATAGRAMS; i++) {
            byte[] datagram = randomDatagram(random);
            try {
                TftpCodec.decode(ByteBuffer.wrap(datagram));
                decoded++;
            } catch (TftpProtocolException e) {
                assertEquals(TftpErrorCode.ILLEGAL_OPERATION, e.code());
                refused++;
            } catch (RuntimeException | Error e) {
                fail("datagram #" + i + " (seed " + SEED + ") " + Bytes.hex(datagram, 600) + " threw " + e, e);
            }
        }
        // The bias must actually reach both outcomes, or the test proves little.
        assertEquals(DATAGRAMS, decoded + refused);
        if (decoded < DATAGRAMS / 10 || refused < DATAGRAMS / 10) {
            fail("poorly spread input: decoded " + decoded + ", refused " + refused);
        }
    }

    /** 0–600 bytes; mostly a valid opcode followed by a mix of NULs, keywords, digits and noise. */
    private static byte[] randomDatagram(Random random) {
        int length = random.nextInt(601);
        byte[] bytes = new byte[length];
        int style = random.nextInt(10);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            if (style == 0 || pick < 2) {
                bytes[i] = (byte) random.nextInt(256);
            } else if (pick < 5) {
                bytes[i] = 0;
            } else {
                bytes[i] = TOKENS[random.nextInt(TOKENS.length)];
            }
        }
        if (length >= 2 && style != 0) {
            bytes[0] = 0;
            bytes[1] = (byte) random.nextInt(8);
        }
        return bytes;
    }

    @Test
    void randomValidPacketsRoundTrip() throws Exception {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 5_000; i++) {
            TftpPacket packet = randomPacket(random);
            TftpPacket back = TftpCodec.decode(TftpCodec.encode(packet));
            assertEquals(packet, back, () -> "packet " + packet);
        }
    }

    private static TftpPacket randomPacket(Random random) {
        TransferMode mode = TransferMode.values()[random.nextInt(TransferMode.values().length)];
        return switch (random.nextInt(6)) {
            case 0 -> new ReadRequest(unicode(random, 100), mode, options(random));
            case 1 -> new WriteRequest(unicode(random, 100), mode, options(random));
            case 2 -> {
                byte[] payload = new byte[random.nextInt(4) == 0 ? 512 : random.nextInt(1500)];
                random.nextBytes(payload);
                yield new Data(random.nextInt(65536), payload);
            }
            case 3 -> new Ack(random.nextInt(65536));
            case 4 -> new ErrorPacket(TftpErrorCode.valueOf(random.nextInt(random.nextBoolean() ? 9 : 65536)),
                    unicode(random, 80));
            default -> new OptionAck(options(random));
        };
    }

    /** Option names are lowercase ASCII (the codec folds them), values printable ASCII. */
    private static Map<String, String> options(Random random) {
        Map<String, String> options = new LinkedHashMap<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            options.putIfAbsent(ascii(random, 1 + random.nextInt(12), 'a', 'z'), ascii(random, random.nextInt(8), ' ', '~'));
        }
        return options;
    }

    private static String ascii(Random random, int length, char from, char to) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) (from + random.nextInt(to - from + 1)));
        }
        return sb.toString();
    }

    /** Any code points except NUL and lone surrogates. */
    private static String unicode(Random random, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (sb.length() < length) {
            int cp = switch (random.nextInt(3)) {
                case 0 -> 1 + random.nextInt(0x7F);
                case 1 -> 0x80 + random.nextInt(0xD800 - 0x80);
                default -> 0xE000 + random.nextInt(0x10FFFF - 0xE000 + 1);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
