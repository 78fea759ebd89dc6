package org.provgw.gateway.fakes;

/** A protocol named like a gateway key prefix, listed only in test-built JARs. */
public class BadlyNamedProtocolFactory extends ProbeProtocolFactory {

    public BadlyNamedProtocolFactory() {
        super("executor");
    }
}
