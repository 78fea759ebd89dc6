package org.provgw.gateway.fakes;

/**
 * Provider type {@code jarred}: listed in no services file of the class path, only in the JARs
 * the plugin tests build, so finding it proves the plugin folder was searched.
 */
public class JarOnlyProviderFactory extends MemoryProviderFactory {

    @Override
    public String type() {
        return "jarred";
    }
}
