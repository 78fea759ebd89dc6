package org.provgw.gateway.remap;

import org.provgw.protocol.Rewrite;

/**
 * What running the rules over one name gave.
 *
 * @param rewrite the name to serve or the refusal
 * @param failure why the rules could not finish (the refusal is then "Remap table failure"), or
 *     {@code null} when they did
 */
record RemapOutcome(Rewrite rewrite, String failure) {
}
