package org.provgw.gateway.chain;

import java.util.List;
import java.util.Optional;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.Resolution;
import org.provgw.provider.FileRequest;

/**
 * The provider chain: asks the providers in configured order and the first that has the file
 * answers. A provider that cannot answer ends the look-up as {@link Resolution.Unavailable} without
 * asking the next one, because the next one might answer with a wrong default. Thread-safe.
 */
public final class ProviderChain implements FileResolver {

    private final List<ChainLink> links;

    /** @param providers the providers in chain order */
    public ProviderChain(List<NamedProvider> providers) {
        this.links = providers.stream().map(ChainLink::new).toList();
    }

    @Override
    public Resolution resolve(FileRequest request) {
        for (ChainLink link : links) {
            Optional<Resolution> answer = link.ask(request);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        return new Resolution.NotFound();
    }
}
