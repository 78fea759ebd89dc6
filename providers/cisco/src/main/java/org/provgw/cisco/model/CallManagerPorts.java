package org.provgw.cisco.model;

/**
 * The TCP/UDP ports a CallManager listens on.
 *
 * @param sccp {@code ethernetPhonePort}, SCCP phones register here (2000)
 * @param sip {@code sipPort} (5060)
 * @param secureSip {@code securedSipPort} (5061)
 * @param mgcpListen MGCP listen port (2427)
 * @param mgcpKeepAlive MGCP keep-alive port (2428)
 */
public record CallManagerPorts(int sccp, int sip, int secureSip, int mgcpListen, int mgcpKeepAlive) {

    /** CallManager's defaults. */
    public static final CallManagerPorts DEFAULTS = new CallManagerPorts(2000, 5060, 5061, 2427, 2428);

    /** @throws IllegalArgumentException if a port is outside 1..65535 */
    public CallManagerPorts {
        check("sccp", sccp);
        check("sip", sip);
        check("secureSip", secureSip);
        check("mgcpListen", mgcpListen);
        check("mgcpKeepAlive", mgcpKeepAlive);
    }

    private static void check(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " port must be 1 to 65535: " + port);
        }
    }
}
