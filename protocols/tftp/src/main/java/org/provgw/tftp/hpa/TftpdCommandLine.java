package org.provgw.tftp.hpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Parses in.tftpd's arguments exactly as tftpd-hpa 5.2 does with GNU {@code getopt_long}: short
 * options may be grouped ({@code -vvs}) and take their value attached or as the next argument;
 * long options take {@code --name=value} or {@code --name value} and may be abbreviated to any
 * unique prefix; options and directories may come in any order, and {@code --} ends the options.
 * Values are checked with tftpd-hpa's own rules and messages. Where tftpd-hpa only logs an unknown
 * option and goes on, in.tftpd refuses to start: an option nobody honours must not pass unnoticed.
 */
final class TftpdCommandLine {

    private record Spec(char shortName, String longName, boolean takesValue) {
    }

    /** tftpd-hpa 5.2's options: {@code "46cspvVlLa:B:u:U:r:t:T:R:m:P:"} and their long names. */
    private static final List<Spec> SPECS = List.of(
            new Spec('4', "ipv4", false), new Spec('6', "ipv6", false), new Spec('c', "create", false),
            new Spec('s', "secure", false), new Spec('p', "permissive", false), new Spec('v', "verbose", false),
            new Spec('\0', "verbosity", true), new Spec('V', "version", false), new Spec('l', "listen", false),
            new Spec('L', "foreground", false), new Spec('a', "address", true), new Spec('B', "blocksize", true),
            new Spec('u', "user", true), new Spec('U', "umask", true), new Spec('r', "refuse", true),
            new Spec('t', "timeout", true), new Spec('T', "retransmit", true), new Spec('R', "port-range", true),
            new Spec('m', "map-file", true), new Spec('P', "pidfile", true));

    /** The options tftpd-hpa 5.2 knows, the only ones its {@code --refuse} accepts. */
    private static final Set<String> REFUSABLE = Set.of("blksize", "blksize2", "tsize", "timeout", "utimeout",
            "rollover");

    private TftpdOptions.Family family = TftpdOptions.Family.ANY;
    private boolean standalone;
    private boolean foreground;
    private String address;
    private boolean create;
    private boolean secure;
    private boolean permissive;
    private String user;
    private String umask;
    private String pidFile;
    private Integer inetdTimeout;
    private Long retransmit;
    private String mapFile;
    private int verbosity;
    private final List<String> refused = new ArrayList<>();
    private Integer blocksize;
    private String portRange;
    private boolean version;
    private final List<String> directories = new ArrayList<>();

    private TftpdCommandLine() {
    }

    /**
     * @param args the arguments, as in.tftpd got them
     * @return what they ask for
     * @throws TftpdUsageException naming the first option or value tftpd-hpa would refuse
     */
    static TftpdOptions parse(List<String> args) throws TftpdUsageException {
        TftpdCommandLine line = new TftpdCommandLine();
        line.read(args);
        return new TftpdOptions(line.family, line.standalone, line.foreground, Optional.ofNullable(line.address),
                line.create, line.secure, line.permissive, Optional.ofNullable(line.user),
                Optional.ofNullable(line.umask), Optional.ofNullable(line.pidFile),
                line.inetdTimeout == null ? OptionalInt.empty() : OptionalInt.of(line.inetdTimeout),
                line.retransmit == null ? OptionalLong.empty() : OptionalLong.of(line.retransmit),
                Optional.ofNullable(line.mapFile), line.verbosity, line.refused,
                line.blocksize == null ? OptionalInt.empty() : OptionalInt.of(line.blocksize),
                Optional.ofNullable(line.portRange), line.version, line.directories);
    }

    private void read(List<String> args) throws TftpdUsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                directories.addAll(args.subList(i + 1, args.size()));
                return;
            }
            if (arg.startsWith("--")) {
                i = readLong(args, i);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                i = readShort(args, i);
            } else {
                directories.add(arg);
            }
        }
    }

    private int readLong(List<String> args, int i) throws TftpdUsageException {
        String arg = args.get(i).substring(2);
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        Spec spec = longSpec(name, args.get(i));
        if (!spec.takesValue()) {
            if (equals >= 0) {
                throw new TftpdUsageException("option '--" + spec.longName() + "' doesn't allow an argument");
            }
            apply(spec, null);
            return i;
        }
        if (equals >= 0) {
            apply(spec, arg.substring(equals + 1));
            return i;
        }
        if (i + 1 >= args.size()) {
            throw new TftpdUsageException("option '--" + spec.longName() + "' requires an argument");
        }
        apply(spec, args.get(i + 1));
        return i + 1;
    }

    private int readShort(List<String> args, int i) throws TftpdUsageException {
        String group = args.get(i);
        for (int j = 1; j < group.length(); j++) {
            Spec spec = shortSpec(group.charAt(j));
            if (!spec.takesValue()) {
                apply(spec, null);
                continue;
            }
            if (j + 1 < group.length()) {
                apply(spec, group.substring(j + 1));
                return i;
            }
            if (i + 1 >= args.size()) {
                throw new TftpdUsageException("option requires an argument -- '" + spec.shortName() + "'");
            }
            apply(spec, args.get(i + 1));
            return i + 1;
        }
        return i;
    }

    private static Spec shortSpec(char name) throws TftpdUsageException {
        for (Spec spec : SPECS) {
            if (spec.shortName() == name && name != '\0') {
                return spec;
            }
        }
        throw new TftpdUsageException("invalid option -- '" + name + "' (not an option of tftpd-hpa 5.2)");
    }

    /** getopt_long: an exact name, else the one option the name is a prefix of. */
    private static Spec longSpec(String name, String written) throws TftpdUsageException {
        List<Spec> prefixed = new ArrayList<>();
        for (Spec spec : SPECS) {
            if (spec.longName().equals(name)) {
                return spec;
            }
            if (!name.isEmpty() && spec.longName().startsWith(name)) {
                prefixed.add(spec);
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.isEmpty()) {
            throw new TftpdUsageException("unrecognized option '" + written + "' (not an option of tftpd-hpa 5.2)");
        }
        throw new TftpdUsageException("option '--" + name + "' is ambiguous; possibilities: "
                + prefixed.stream().map(s -> "'--" + s.longName() + "'").toList());
    }

    private void apply(Spec spec, String value) throws TftpdUsageException {
        switch (spec.longName()) {
            case "ipv4" -> family = TftpdOptions.Family.V4;
            case "ipv6" -> family = TftpdOptions.Family.V6;
            case "create" -> create = true;
            case "secure" -> secure = true;
            case "permissive" -> permissive = true;
            case "verbose" -> verbosity++;
            case "verbosity" -> verbosity = number(value, Integer.MAX_VALUE, "Bad verbosity value: ");
            case "version" -> version = true;
            case "listen" -> standalone = true;
            case "foreground" -> {
                standalone = true;
                foreground = true;
            }
            case "address" -> address = value;
            case "blocksize" -> blocksize = blocksize(value);
            case "user" -> user = value;
            case "umask" -> umask = umask(value);
            case "refuse" -> refused.add(refusable(value));
            case "timeout" -> inetdTimeout = number(value, Integer.MAX_VALUE, "Bad timeout value: ");
            case "retransmit" -> retransmit = retransmit(value);
            case "port-range" -> portRange = portRange(value);
            case "map-file" -> {
                if (mapFile != null) {
                    throw new TftpdUsageException("Multiple -m options");
                }
                mapFile = value;
            }
            case "pidfile" -> pidFile = value;
            default -> throw new IllegalStateException("no handler for --" + spec.longName());
        }
    }

    private static int blocksize(String value) throws TftpdUsageException {
        int size = number(value, Integer.MAX_VALUE, "Bad maximum blocksize value (range 512-65464): ");
        if (size < 512 || size > 65464) {
            throw new TftpdUsageException("Bad maximum blocksize value (range 512-65464): " + value);
        }
        return size;
    }

    private static long retransmit(String value) throws TftpdUsageException {
        int micros = number(value, Integer.MAX_VALUE, "Bad timeout value: ");
        if (micros < 10_000 || micros > 255_000_000) {
            throw new TftpdUsageException("Bad timeout value: " + value + " (range 10000-255000000 microseconds)");
        }
        return micros;
    }

    private static String umask(String value) throws TftpdUsageException {
        if (value.isEmpty() || value.length() > 4 || !value.chars().allMatch(c -> c >= '0' && c <= '7')) {
            throw new TftpdUsageException("Invalid umask: " + value);
        }
        return value;
    }

    private static String refusable(String value) throws TftpdUsageException {
        String name = value.toLowerCase(Locale.ROOT);
        if (!REFUSABLE.contains(name)) {
            throw new TftpdUsageException("Unknown option: " + value + " (--refuse takes one of "
                    + REFUSABLE.stream().sorted().toList() + ")");
        }
        return name;
    }

    private static String portRange(String value) throws TftpdUsageException {
        int colon = value.indexOf(':');
        if (colon > 0 && colon < value.length() - 1) {
            String low = value.substring(0, colon);
            String high = value.substring(colon + 1);
            if (digits(low) && digits(high)) {
                long from = Long.parseLong(low);
                long to = Long.parseLong(high);
                if (from >= 1 && from <= to && to <= 65535) {
                    return from + ":" + to;
                }
            }
        }
        throw new TftpdUsageException("Bad port range: " + value + " (expected low:high, ports 1-65535)");
    }

    private static int number(String value, int max, String message) throws TftpdUsageException {
        if (!digits(value) || value.length() > 10 || Long.parseLong(value) > max) {
            throw new TftpdUsageException(message + value);
        }
        return Integer.parseInt(value);
    }

    private static boolean digits(String value) {
        return !value.isEmpty() && value.length() <= 10 && value.chars().allMatch(Character::isDigit);
    }
}
