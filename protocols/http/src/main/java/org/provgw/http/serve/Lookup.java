package org.provgw.http.serve;

import java.util.Objects;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;

/** What the provider chain said about the name a request asked for. */
sealed interface Lookup {

    /**
     * A name-rewriting rule refused it: 403.
     *
     * @param name the name as asked for
     * @param message the rule's message
     */
    record Denied(String name, String message) implements Lookup {
    }

    /**
     * It can never name a file ({@code ..}, a control character, too long): 400.
     *
     * @param name the name after rewriting
     * @param message why
     */
    record BadName(String name, String message) implements Lookup {
    }

    /**
     * No provider has it: 404.
     *
     * @param name the normalized path, or the name when it has none
     */
    record NotFound(String name) implements Lookup {
    }

    /**
     * A provider could not answer: 503.
     *
     * @param name the normalized path
     * @param provider the provider that failed
     * @param reason its explanation
     */
    record Unavailable(String name, String provider, String reason) implements Lookup {
    }

    /**
     * A provider has it. Whoever receives this owns {@code file}.
     *
     * @param request the request that found it (the unsigned name after a {@code .sgn} fallback)
     * @param file the open file
     * @param provider the provider's name
     * @param unsignedFallback whether a {@code .sgn} request is answered with the unsigned file
     */
    record Found(FileRequest request, ProvidedFile file, String provider, boolean unsignedFallback)
            implements Lookup {
        /** @throws NullPointerException if an object argument is {@code null} */
        public Found {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(provider, "provider");
        }
    }
}
