package org.provgw.gateway.cli;

import java.util.List;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.GatewayException;
import org.provgw.gateway.chain.NamedProvider;
import org.provgw.gateway.lifecycle.OpenProviders;
import org.provgw.provider.DeviceListing;
import org.provgw.provider.ListedDevice;
import org.provgw.provider.ProviderException;

/**
 * {@code provgw devices}: lists, on standard output, every device the providers of the chain know
 * (those that implement {@link DeviceListing}), one line each: the device name, the provider and
 * the files it serves for it, or why it cannot. Exit 0, or 1 when a provider could not list.
 */
final class DevicesCommand {

    static final String SUMMARY = "list the devices the providers know and their files";

    private final ChainCommands.Environment env;

    DevicesCommand(ChainCommands.Environment env) {
        this.env = env;
    }

    int run(List<String> args) throws ConfigException, GatewayException {
        if (!args.isEmpty()) {
            env.err().println("provgw devices: takes no arguments, got " + args);
            return Cli.CONFIG_ERROR;
        }
        int status = Cli.OK;
        int listing = 0;
        try (ChainCommands.Session session = env.open()) {
            OpenProviders providers = session.providers();
            int width = providers.providers().stream().mapToInt(p -> p.name().length()).max().orElse(1);
            for (NamedProvider named : providers.providers()) {
                if (!(named.provider() instanceof DeviceListing lister)) {
                    continue;
                }
                listing++;
                try {
                    List<ListedDevice> devices = lister.listDevices();
                    devices.forEach(device -> env.out().println(line(device, named.name(), width)));
                    env.err().println(devices.size() + " devices from provider " + named.name());
                } catch (ProviderException e) {
                    env.err().println("provgw devices: provider " + named.name() + " cannot list its devices: "
                            + e.getMessage());
                    status = Cli.RUNTIME_ERROR;
                }
            }
        }
        if (listing == 0) {
            env.err().println("provgw devices: no provider of the chain lists devices (static files only)");
        }
        return status;
    }

    private static String line(ListedDevice device, String provider, int width) {
        String files = device.files().isEmpty() ? "-" : String.join(" ", device.files());
        String line = String.format("%-15s  %-" + width + "s  %s", device.name(), provider, files);
        return device.problem().map(problem -> line + "  (unavailable: " + problem + ")").orElse(line);
    }
}
