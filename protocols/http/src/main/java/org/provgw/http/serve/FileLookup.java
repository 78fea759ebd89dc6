package org.provgw.http.serve;

import java.net.InetSocketAddress;
import java.util.Locale;
import org.provgw.protocol.Direction;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Resolution;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.FileRequest;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.Protocol;

/**
 * Turns the name a request asked for into a file, the way TFTP does: the name-rewriting rules
 * first ({@link Direction#READ}), then the shared normalization and containment of
 * {@link FileRequest#of}, then the provider chain. May block: runs on the look-up executor.
 *
 * <p>On the HTTPS listener of a Cisco cluster, a phone that trusts the TFTP server's certificate
 * asks for {@code SEP<MAC>.cnf.xml.sgn} and accepts the unsigned file in its place; with
 * {@code unsignedFallback}, a {@code .sgn} name that no provider has is looked up again without
 * its {@code .sgn}.
 */
final class FileLookup {

    private static final String SIGNED = ".sgn";

    private final NameRewriter rewriter;
    private final FileResolver resolver;
    private final Protocol protocol;
    private final boolean unsignedFallback;

    FileLookup(NameRewriter rewriter, FileResolver resolver, Protocol protocol, boolean unsignedFallback) {
        this.rewriter = rewriter;
        this.resolver = resolver;
        this.protocol = protocol;
        this.unsignedFallback = unsignedFallback;
    }

    /**
     * @param name the percent-decoded path without its leading {@code /}
     * @param client the client the request is for
     * @return the answer; a {@link Lookup.Found} hands its file over to the caller
     */
    Lookup find(String name, InetSocketAddress client) {
        Rewrite rewrite = rewriter.rewrite(name, Direction.READ, client, protocol);
        if (rewrite instanceof Rewrite.Denied denied) {
            return new Lookup.Denied(name, denied.message());
        }
        String rewritten = ((Rewrite.Name) rewrite).name();
        if (rewritten.isEmpty()) {
            return new Lookup.NotFound("/"); // the root: there is no index to serve
        }
        FileRequest request;
        try {
            request = FileRequest.of(rewritten, client, protocol);
        } catch (IllegalPathException e) {
            return new Lookup.BadName(rewritten, e.getMessage());
        }
        Lookup found = resolve(request, false);
        if (found instanceof Lookup.NotFound && unsignedFallback && isSigned(request.path())) {
            String unsigned = request.path().substring(0, request.path().length() - SIGNED.length());
            try {
                Lookup fallback = resolve(FileRequest.of(unsigned, client, protocol), true);
                return fallback instanceof Lookup.NotFound ? found : fallback;
            } catch (IllegalPathException e) {
                return found; // "x/.sgn": nothing left to fall back to
            }
        }
        return found;
    }

    private Lookup resolve(FileRequest request, boolean fallback) {
        Resolution resolution = resolver.resolve(request);
        if (resolution instanceof Resolution.Found file) {
            return new Lookup.Found(request, file.file(), file.provider(), fallback);
        }
        if (resolution instanceof Resolution.Unavailable unavailable) {
            return new Lookup.Unavailable(request.path(), unavailable.provider(), unavailable.reason());
        }
        return new Lookup.NotFound(request.path());
    }

    private static boolean isSigned(String path) {
        return path.length() > SIGNED.length()
                && path.toLowerCase(Locale.ROOT).endsWith(SIGNED)
                && path.charAt(path.length() - SIGNED.length() - 1) != '/';
    }
}
