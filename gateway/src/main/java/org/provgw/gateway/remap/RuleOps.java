package org.provgw.gateway.remap;

import org.provgw.protocol.Direction;

/**
 * The operation letters of one rule, as tftpd-hpa reads them: {@code r} rewrite, {@code g}
 * repeat the rewrite from the start of the name until it no longer matches, {@code gg} repeat it
 * on the rest of the name after each replacement (sed's {@code s///g}), {@code i} ignore case,
 * {@code e} stop after this rule, {@code E} stop if the name is then a file that can be served
 * (and undo the rewrite if not), {@code s} start again from the first rule, {@code a} refuse the
 * request, {@code j} jump to the label the replacement names, {@code ~} act when the expression
 * does not match, {@code G}/{@code P} reads/writes only, {@code 4}/{@code 6} IPv4/IPv6 clients only.
 *
 * @param letters the letters as written
 */
record RuleOps(String letters, boolean rewrite, boolean global, boolean sedGlobal, boolean ignoreCase,
               boolean exit, boolean exitIfFile, boolean restart, boolean abort, boolean jump,
               boolean inverse, boolean readOnly, boolean writeOnly, boolean ipv4Only, boolean ipv6Only) {

    /** Letter pairs tftpd-hpa refuses to combine, in its order of checking. */
    private static final String[] BAD_PAIRS = {"r~", "ra", "rj", "aj", "as", "ej", "ae", "es", "eE", "Ej", "aE", "Es"};

    /**
     * @param letters the first field of a rule line
     * @return the operations
     * @throws IllegalArgumentException with the reason if a letter is unknown or two cannot be combined
     */
    static RuleOps parse(String letters) {
        boolean[] set = new boolean[128];
        int gs = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if ("rgeEsaji~46GP".indexOf(c) < 0) {
                throw new IllegalArgumentException("invalid operation flag '" + c + "' in '" + letters
                        + "' (valid: r g gg i e E s a j ~ 4 6 G P)");
            }
            if (c == 'g') {
                gs++;
            }
            set[c] = true;
        }
        for (String pair : BAD_PAIRS) {
            if (set[pair.charAt(0)] && set[pair.charAt(1)]) {
                throw new IllegalArgumentException("rule flags " + pair.charAt(0) + " and " + pair.charAt(1)
                        + " cannot be combined");
            }
        }
        boolean rewrite = set['r'];
        // without r, g and gg mean nothing (tftpd-hpa drops them too)
        return new RuleOps(letters, rewrite, rewrite && gs >= 1, rewrite && gs >= 2, set['i'], set['e'], set['E'],
                set['s'], set['a'], set['j'], set['~'], set['G'], set['P'], set['4'], set['6']);
    }

    /**
     * @param direction whether the client reads or writes
     * @param ipv6 whether the client's address is IPv6
     * @return whether the rule is considered at all for this request
     */
    boolean appliesTo(Direction direction, boolean ipv6) {
        return !(readOnly && direction != Direction.READ)
                && !(writeOnly && direction != Direction.WRITE)
                && !(ipv4Only && ipv6)
                && !(ipv6Only && !ipv6);
    }

    @Override
    public String toString() {
        return letters;
    }
}
