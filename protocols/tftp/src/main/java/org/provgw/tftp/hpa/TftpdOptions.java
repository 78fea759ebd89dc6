package org.provgw.tftp.hpa;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a tftpd-hpa 5.2 command line asked for, option by option, values already checked the way
 * tftpd-hpa checks them.
 *
 * @param family {@code -4} / {@code -6}, the last one given; {@link Family#ANY} without either
 * @param standalone {@code -l} or {@code -L}: listen on a socket of its own rather than the one
 *     inetd hands over on standard input
 * @param foreground {@code -L}: do not detach
 * @param address {@code -a [address][:port]}, the last one given (5.2 keeps one)
 * @param create {@code -c}
 * @param secure {@code -s}
 * @param permissive {@code -p}
 * @param user {@code -u}
 * @param umask {@code -U}, the octal digits as given
 * @param pidFile {@code -P}
 * @param inetdTimeout {@code -t}, seconds
 * @param retransmitMicros {@code -T}, microseconds
 * @param mapFile {@code -m}
 * @param verbosity {@code -v} counted, or {@code --verbosity}
 * @param refused {@code -r}, lowercase, in order
 * @param blocksize {@code -B}
 * @param portRange {@code -R}, checked and written as {@code low:high}
 * @param version {@code -V}
 * @param directories the positional arguments
 */
record TftpdOptions(Family family, boolean standalone, boolean foreground, Optional<String> address,
                    boolean create, boolean secure, boolean permissive, Optional<String> user,
                    Optional<String> umask, Optional<String> pidFile, OptionalInt inetdTimeout,
                    OptionalLong retransmitMicros, Optional<String> mapFile, int verbosity,
                    List<String> refused, OptionalInt blocksize, Optional<String> portRange, boolean version,
                    List<String> directories) {

    /** The address families {@code -4} and {@code -6} choose between. */
    enum Family { ANY, V4, V6 }

    TftpdOptions {
        refused = List.copyOf(refused);
        directories = List.copyOf(directories);
    }
}
