package org.provgw.tftp.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * The TFTP endpoint's port and address settings, validated once: where transfers get their
 * ports, which clients each listener answers, the socket handed over by systemd or inetd, and
 * what tftpd-hpa compatibility asks of names and options.
 *
 * @param portRange the ports transfer and refusal sockets bind to; empty for the kernel's choice
 * @param singlePort every transfer runs on the listening socket its request arrived on
 * @param addressAllow the allowlist of each address of {@link TftpConfig#listen()}, in that order
 * @param inherited the allowlist of the inherited socket, present when {@code tftp.listen}
 *     names {@value #INHERITED}
 * @param refusedOptions option names never acknowledged, lowercase
 * @param pathPrefixes directories a requested name must start with (tftpd-hpa without
 *     {@code --secure}); empty when names are relative to the providers' roots
 */
record NetworkConfig(Optional<PortRange> portRange, boolean singlePort, List<Allowlist> addressAllow,
                     Optional<Allowlist> inherited, Set<String> refusedOptions, List<String> pathPrefixes) {

    /** The {@code tftp.listen} item that stands for the UDP socket on standard input. */
    static final String INHERITED = "inherited";
    /** Listeners that can have an allowlist of their own: {@code tftp.allow.1} to this. */
    static final int MAX_LISTENER_ALLOWLISTS = 16;
    /** The options tftpd-hpa's {@code --refuse} accepts, plus RFC 7440's. */
    static final Set<String> REFUSABLE = Set.of("blksize", "blksize2", "tsize", "timeout", "utimeout",
            "rollover", "windowsize");

    /** The keys under {@code tftp.} read here. */
    static final Set<String> KEYS = keys();

    NetworkConfig {
        addressAllow = List.copyOf(addressAllow);
        refusedOptions = Set.copyOf(refusedOptions);
        pathPrefixes = List.copyOf(pathPrefixes);
    }

    /** No range, no single port, everyone allowed, nothing refused: for explicit addresses. */
    static NetworkConfig defaults(int addresses) {
        return new NetworkConfig(Optional.empty(), false, Collections.nCopies(addresses, Allowlist.EVERYONE),
                Optional.empty(), Set.of(), List.of());
    }

    /**
     * @param settings the {@code tftp.} settings
     * @return the validated settings
     * @throws InvalidSettingException naming the key, value and file of the first bad setting
     */
    static NetworkConfig from(Settings settings) throws InvalidSettingException {
        List<String> listen = settings.getList("listen");
        if (listen.stream().filter(NetworkConfig::isInherited).count() > 1) {
            throw settings.invalid("listen", "'" + INHERITED + "' can be listed once");
        }
        Allowlist everywhere = allowlist(settings, "allow");
        checkListenerAllowlists(settings, listen.size());
        List<Allowlist> addressAllow = new ArrayList<>();
        Optional<Allowlist> inherited = Optional.empty();
        for (int i = 0; i < listen.size(); i++) {
            String key = "allow." + (i + 1);
            Allowlist allow = settings.get(key).isPresent() ? allowlist(settings, key) : everywhere;
            if (isInherited(listen.get(i))) {
                inherited = Optional.of(allow);
            } else {
                addressAllow.add(allow);
            }
        }
        boolean singlePort = settings.getBoolean("single-port", false);
        Optional<PortRange> range = portRange(settings);
        if (singlePort && range.isPresent()) {
            throw settings.invalid("port-range", "has no effect with tftp.single-port = true, where every"
                    + " transfer uses the listening port");
        }
        return new NetworkConfig(range, singlePort, addressAllow, inherited, refusedOptions(settings),
                pathPrefixes(settings));
    }

    /** @return true when {@code tftp.listen} asks for the inherited socket */
    static boolean inheritsSocket(Settings settings) {
        return settings.getList("listen").stream().anyMatch(NetworkConfig::isInherited);
    }

    static boolean isInherited(String listenItem) {
        return listenItem.equalsIgnoreCase(INHERITED);
    }

    private static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(List.of("port-range", "single-port", "allow", "refuse-options",
                "path-prefixes"));
        IntStream.rangeClosed(1, MAX_LISTENER_ALLOWLISTS).forEach(i -> keys.add("allow." + i));
        return Set.copyOf(keys);
    }

    private static Allowlist allowlist(Settings settings, String key) throws InvalidSettingException {
        try {
            return Allowlist.parse(settings.getList(key));
        } catch (IllegalArgumentException e) {
            throw settings.invalid(key, e.getMessage());
        }
    }

    private static void checkListenerAllowlists(Settings settings, int listeners) throws InvalidSettingException {
        for (String key : settings.keys()) {
            if (key.startsWith("allow.")) {
                String number = key.substring("allow.".length());
                boolean valid = number.matches("[1-9][0-9]?") && Integer.parseInt(number) <= listeners;
                if (!valid) {
                    throw settings.invalid(key, "tftp.allow.N applies to the N-th entry of tftp.listen, which has "
                            + listeners + (listeners == 1 ? " entry" : " entries"));
                }
            }
        }
    }

    private static Optional<PortRange> portRange(Settings settings) throws InvalidSettingException {
        Optional<String> value = settings.get("port-range");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PortRange.parse(value.get()));
        } catch (IllegalArgumentException e) {
            throw settings.invalid("port-range", e.getMessage());
        }
    }

    private static Set<String> refusedOptions(Settings settings) throws InvalidSettingException {
        Set<String> refused = new LinkedHashSet<>();
        for (String option : settings.getList("refuse-options")) {
            String name = option.toLowerCase(Locale.ROOT);
            if (!REFUSABLE.contains(name)) {
                throw settings.invalid("refuse-options", "unknown option '" + option + "'; known: "
                        + REFUSABLE.stream().sorted().collect(Collectors.joining(", ")));
            }
            refused.add(name);
        }
        return refused;
    }

    private static List<String> pathPrefixes(Settings settings) throws InvalidSettingException {
        List<String> prefixes = new ArrayList<>();
        for (String prefix : settings.getList("path-prefixes")) {
            if (!prefix.startsWith("/") || prefix.contains("\\") || List.of(prefix.split("/")).contains("..")) {
                throw settings.invalid("path-prefixes", "'" + prefix + "' is not an absolute directory such as"
                        + " /srv/tftp");
            }
            String trimmed = prefix.replaceAll("/+$", "");
            prefixes.add(trimmed.isEmpty() ? "/" : trimmed);
        }
        return prefixes;
    }
}
