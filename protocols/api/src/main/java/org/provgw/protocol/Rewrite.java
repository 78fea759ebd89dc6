package org.provgw.protocol;

import java.util.Objects;

/**
 * The result of rewriting a requested name (see {@link NameRewriter}).
 */
public sealed interface Rewrite {

    /**
     * Serve this name instead: it is normalized and checked for containment afterwards, exactly
     * like a name the client sent.
     *
     * @param name the name to look up, never {@code null}; may equal the name asked for
     */
    record Name(String name) implements Rewrite {
        /** @throws NullPointerException if {@code name} is {@code null} */
        public Name {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Refuse the request: TFTP ERROR 2 (access violation) with {@code message}, HTTP 403.
     *
     * @param message why, safe to send to the client, never {@code null}; may be empty
     */
    record Denied(String message) implements Rewrite {
        /** @throws NullPointerException if {@code message} is {@code null} */
        public Denied {
            Objects.requireNonNull(message, "message");
        }
    }
}
