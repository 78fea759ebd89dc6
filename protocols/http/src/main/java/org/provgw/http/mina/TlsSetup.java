package org.provgw.http.mina;

import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What an HTTPS listener's TLS filter is built from.
 *
 * @param context the server's key and certificate chain
 * @param protocols the protocols to enable, e.g. {@code TLSv1.3, TLSv1.2}
 */
public record TlsSetup(SSLContext context, List<String> protocols) {

    /** @throws NullPointerException if an argument is {@code null} */
    public TlsSetup {
        Objects.requireNonNull(context, "context");
        protocols = List.copyOf(protocols);
    }
}
