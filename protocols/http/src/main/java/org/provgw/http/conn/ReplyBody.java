package org.provgw.http.conn;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.provgw.provider.ProvidedFile;

/** The content of a response, after its head. */
public sealed interface ReplyBody {

    /** No content: HEAD, 304, or a head that says it all. */
    ReplyBody NONE = new None();

    /** See {@link #NONE}. */
    record None() implements ReplyBody {
    }

    /**
     * Content held in memory: an error text, or a small file read whole.
     *
     * @param bytes the content from position to limit; not changed afterwards
     */
    record Bytes(ByteBuffer bytes) implements ReplyBody {
        /** @throws NullPointerException if {@code bytes} is {@code null} */
        public Bytes {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * Part of a file, streamed with flow control. The connection owns the file from here on and
     * closes it when the response ends, however it ends.
     *
     * @param file the open file
     * @param position the first byte to send
     * @param length how many bytes to send, {@code > 0}
     */
    record FileSlice(ProvidedFile file, long position, long length) implements ReplyBody {
        /** @throws NullPointerException if {@code file} is {@code null} */
        public FileSlice {
            Objects.requireNonNull(file, "file");
        }
    }
}
