package org.provgw.gateway.fakes;

import java.net.InetSocketAddress;
import java.util.Set;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * Protocol {@code probe} (or any name given): a UDP endpoint on {@code <name>.listen = host:port}
 * that answers a datagram holding a file name; {@code <name>.fail-start = true} makes start fail
 * like an address already in use.
 */
public class ProbeProtocolFactory implements ProtocolFactory {

    private final String name;

    /** The one ServiceLoader instantiates: protocol {@code probe}. */
    public ProbeProtocolFactory() {
        this("probe");
    }

    /** @param name the protocol name and key prefix */
    public ProbeProtocolFactory(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> settingKeys() {
        return Set.of("listen", "fail-start");
    }

    @Override
    public Endpoint create(EndpointContext context) throws InvalidSettingException {
        Settings settings = context.settings();
        String listen = settings.require("listen");
        int colon = listen.lastIndexOf(':');
        if (colon <= 0) {
            throw settings.invalid("listen", "expected host:port");
        }
        int port;
        try {
            port = Integer.parseInt(listen.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw settings.invalid("listen", "port is not a number");
        }
        boolean failStart = settings.getBoolean("fail-start", false);
        Events.record("endpoint " + name + " created");
        return new ProbeEndpoint(name, new InetSocketAddress(listen.substring(0, colon), port), failStart,
                context);
    }
}
