package org.provgw.tftp.server;

import java.util.HashSet;
import java.util.Set;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/** Registers TFTP with the gateway: enabled by {@code tftp.listen}. */
public final class TftpProtocolFactory implements ProtocolFactory {

    @Override
    public String name() {
        return "tftp";
    }

    @Override
    public Set<String> settingKeys() {
        Set<String> keys = new HashSet<>(TftpConfig.KEYS);
        keys.addAll(NetworkConfig.KEYS);
        keys.addAll(ServingConfig.KEYS);
        return Set.copyOf(keys);
    }

    @Override
    public Endpoint create(EndpointContext context) throws InvalidSettingException {
        Settings settings = context.settings();
        return new TftpEndpoint(TftpConfig.from(settings), NetworkConfig.from(settings), ServingConfig.from(settings),
                context, InheritedSocket.STANDARD_INPUT);
    }
}
