package org.provgw.protocol;

import java.util.Objects;
import org.provgw.provider.ProvidedFile;

/**
 * The provider chain's answer to one request, as an endpoint serves it.
 */
public sealed interface Resolution {

    /**
     * A provider has the file. The endpoint owns {@code file} from now on and closes it when the
     * transfer ends, however it ends.
     *
     * @param file the open file
     * @param provider the configured name of the provider that answered, for the access log
     */
    record Found(ProvidedFile file, String provider) implements Resolution {
        /** @throws NullPointerException if an argument is {@code null} */
        public Found {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(provider, "provider");
        }
    }

    /** No provider has the file: TFTP ERROR 1, HTTP 404. */
    record NotFound() implements Resolution {
    }

    /**
     * A provider could not answer now (backend down): TFTP ERROR 0, HTTP 503, so that the device
     * retries instead of falling back to a default.
     *
     * @param provider the configured name of the provider that failed
     * @param reason a short explanation, safe to send to the client
     */
    record Unavailable(String provider, String reason) implements Resolution {
        /** @throws NullPointerException if an argument is {@code null} */
        public Unavailable {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
