package org.provgw.tftp.hpa;

import java.util.Optional;

/**
 * What bin/in.tftpd must do around the gateway, which only the shell can: print the version,
 * change user, detach, write the pid file, route the log level.
 *
 * @param version {@code -V}: print the version and exit, serve nothing
 * @param user the account to run as when started as root (tftpd-hpa's default is nobody)
 * @param userGiven whether {@code -u} named it; without root only a named user is an error
 * @param detach {@code -l} without {@code -L}: go to the background once serving
 * @param pidFile where to write the gateway's pid, in standalone mode only
 * @param logLevel the log4j level of the server log for {@code -v}/{@code --verbosity}
 * @param inetd the socket comes on standard input (no {@code -l}): standard output and error
 *     must not be that socket
 */
record Launch(boolean version, String user, boolean userGiven, boolean detach, Optional<String> pidFile,
              String logLevel, boolean inetd) {

    /** The launch of {@code in.tftpd -V}. */
    static final Launch VERSION = new Launch(true, "", false, false, Optional.empty(), "INFO", false);
}
