package org.provgw.cisco.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the Build CNF setting as device databases store it: CallManager 4.x+'s
 * {@code BuildCNFType} values ({@code Build All}, {@code Build None}, {@code Build Selective}),
 * CallManager 3.x's {@code BuildCNFFlag} ({@code true} = both formats for every device,
 * {@code false} = XML only), or the {@link BuildCnfPolicy} constant names. Case and surrounding
 * blanks are ignored, as are blanks and underscores inside ({@code build_selective}).
 */
public final class BuildCnfPolicies {

    private BuildCnfPolicies() {
    }

    /**
     * @param text a stored value, e.g. {@code Build Selective}, {@code true}, {@code NONE}
     * @return the policy, or empty when the text is none of the accepted forms
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static Optional<BuildCnfPolicy> parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        return switch (key) {
            case "buildall", "all", "true" -> Optional.of(BuildCnfPolicy.ALL);
            case "buildnone", "none", "false" -> Optional.of(BuildCnfPolicy.NONE);
            case "buildselective", "selective" -> Optional.of(BuildCnfPolicy.SELECTIVE);
            default -> Optional.empty();
        };
    }
}
