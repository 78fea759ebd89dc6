package org.provgw.gateway.fakes;

/** A second provider factory of type {@code memory}, listed only in test-built JARs. */
public class DuplicateMemoryFactory extends MemoryProviderFactory {
}
