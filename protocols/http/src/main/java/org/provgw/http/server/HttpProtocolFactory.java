package org.provgw.http.server;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.InvalidSettingException;

/** Registers plain HTTP with the gateway: enabled by {@code http.listen} (Cisco's TCP 6970). */
public final class HttpProtocolFactory implements ProtocolFactory {

    private static final Set<String> KEYS;

    static {
        Set<String> keys = new HashSet<>(HttpConfig.KEYS);
        keys.addAll(HttpConfig.PLAIN_KEYS);
        KEYS = Set.copyOf(keys);
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public Set<String> settingKeys() {
        return KEYS;
    }

    @Override
    public Endpoint create(EndpointContext context) throws InvalidSettingException {
        return new HttpEndpoint(name(), HttpConfig.from(context.settings(), true), Optional.empty(), context);
    }
}
