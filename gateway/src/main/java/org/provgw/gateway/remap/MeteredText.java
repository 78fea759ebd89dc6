package org.provgw.gateway.remap;

/**
 * A window on a string that charges every character the regular expression engine reads to a
 * budget, so that one name costs bounded work however the rules backtrack (ReDoS). One instance
 * per thread, reused: {@link #show} points it at the next text without allocating.
 */
final class MeteredText implements CharSequence {

    /** Thrown when the budget is spent; carries no stack trace, since it is expected. */
    static final class BudgetExhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final BudgetExhausted INSTANCE = new BudgetExhausted();

        private BudgetExhausted() {
            super("the work budget for one name is spent", null, false, false);
        }
    }

    private String text = "";
    private int offset;
    private int length;
    private long budget;
    private int furthest = -1;

    /** @param units what the next name may cost, in characters read or written */
    void refill(long units) {
        budget = units;
    }

    /**
     * @param units characters produced by a rewrite, charged like characters read
     * @throws BudgetExhausted if the budget is spent
     */
    void charge(long units) {
        budget -= units;
        if (budget < 0) {
            throw BudgetExhausted.INSTANCE;
        }
    }

    /**
     * @param s the text
     * @param from where the window starts; the engine sees nothing before it
     * @return this
     */
    MeteredText show(String s, int from) {
        text = s;
        offset = from;
        length = s.length() - from;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    /** Forgets which characters were read, for {@link #furthestRead()}. */
    void forgetReads() {
        furthest = -1;
    }

    /** @return the highest index read since {@link #forgetReads()}, or -1 */
    int furthestRead() {
        return furthest;
    }

    @Override
    public char charAt(int index) {
        if (--budget < 0) {
            throw BudgetExhausted.INSTANCE;
        }
        if (index > furthest) {
            furthest = index;
        }
        return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(offset + start, offset + end);
    }

    @Override
    public String toString() {
        return text.substring(offset);
    }
}
