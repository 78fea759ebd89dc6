package org.provgw.http.server;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.InvalidSettingException;

/**
 * Registers HTTPS with the gateway: enabled by {@code https.listen} (Cisco's TCP 6971), with its
 * own copy of every HTTP setting under {@code https.} plus the key material.
 */
public final class HttpsProtocolFactory implements ProtocolFactory {

    private static final Set<String> KEYS;

    static {
        Set<String> keys = new HashSet<>(HttpConfig.KEYS);
        keys.addAll(TlsConfig.KEYS);
        KEYS = Set.copyOf(keys);
    }

    @Override
    public String name() {
        return "https";
    }

    @Override
    public Set<String> settingKeys() {
        return KEYS;
    }

    @Override
    public Endpoint create(EndpointContext context) throws InvalidSettingException {
        HttpConfig config = HttpConfig.from(context.settings(), false);
        return new HttpEndpoint(name(), config, Optional.of(TlsConfig.from(context.settings())), context);
    }
}
