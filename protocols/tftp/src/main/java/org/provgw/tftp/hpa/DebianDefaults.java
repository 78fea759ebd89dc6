package org.provgw.tftp.hpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The command line Debian's {@code /etc/init.d/tftpd-hpa} builds from the variables of
 * {@code /etc/default/tftpd-hpa}:
 * {@code --listen --user $TFTP_USERNAME --address $TFTP_ADDRESS $TFTP_OPTIONS $TFTP_DIRECTORY},
 * each variable split at white space as the script's unquoted expansion does (quotes inside a
 * value are not special there either). Two differences: {@code --foreground} stands in for
 * {@code --listen}, because a service manager keeps in.tftpd in the foreground; and an unset or
 * empty variable leaves its option out instead of shifting the words after it.
 */
final class DebianDefaults {

    static final String USERNAME = "TFTP_USERNAME";
    static final String DIRECTORY = "TFTP_DIRECTORY";
    static final String ADDRESS = "TFTP_ADDRESS";
    static final String OPTIONS = "TFTP_OPTIONS";

    private DebianDefaults() {
    }

    /**
     * @param environment the variables, e.g. after sourcing the defaults file
     * @return in.tftpd's arguments
     * @throws TftpdUsageException for what the init script refuses: --secure with several directories
     */
    static List<String> arguments(Map<String, String> environment) throws TftpdUsageException {
        List<String> options = words(environment.get(OPTIONS));
        List<String> directories = words(environment.get(DIRECTORY));
        if (directories.size() >= 2 && String.join(" ", options).contains("secure")) {
            throw new TftpdUsageException("When --secure is specified, exactly one directory can be specified."
                    + " Please correct " + DIRECTORY + " in the defaults file.");
        }
        List<String> arguments = new ArrayList<>(List.of("--foreground"));
        String user = environment.getOrDefault(USERNAME, "").trim();
        if (!user.isEmpty()) {
            arguments.addAll(List.of("--user", user));
        }
        String address = environment.getOrDefault(ADDRESS, "").trim();
        if (!address.isEmpty()) {
            arguments.addAll(List.of("--address", address));
        }
        arguments.addAll(options);
        arguments.addAll(directories);
        return arguments;
    }

    private static List<String> words(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.asList(value.trim().split("[ \t\n]+"));
    }
}
