package org.provgw.gateway.remap;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.provgw.protocol.Direction;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.Protocol;
import org.provgw.provider.RequestPath;

/**
 * Runs a {@link RuleSet} over one requested name, with tftpd-hpa's semantics (its
 * {@code rewrite_string}, 5.4 and later): rules run top to bottom; a rule that does not apply to
 * the request's direction or address family is skipped; each rule considered costs a step, and
 * so does each repetition of a {@code g}/{@code gg} rewrite, up to {@value #MAX_STEPS} steps,
 * after which the request is refused with "Remap table failure" (as it is for a jump to a label
 * that does not exist).
 *
 * <p>Bounded work: names longer than {@link RequestPath#MAX_LENGTH} are refused unread, a
 * rewritten name may not grow past {@value #MAX_WORKING_LENGTH} characters, and the regular
 * expressions may read at most {@value #WORK_BUDGET} characters per name in all, so a rule that
 * backtracks badly costs a bounded, small amount of CPU and the request is refused.
 */
final class RuleRunner {

    /** tftpd-hpa's default {@code --map-steps}. */
    static final int MAX_STEPS = 4096;
    /** The longest a name may grow to while it is being rewritten. */
    static final int MAX_WORKING_LENGTH = 4096;
    /** Characters the expressions may read, and rewrites write, for one name. */
    static final long WORK_BUDGET = 250_000;
    /** What tftpd-hpa answers when processing cannot finish. */
    static final String FAILURE_MESSAGE = "Remap table failure";
    /** What tftpd-hpa answers for an {@code a} rule without a message. */
    static final String DEFAULT_DENIAL = "Access denied";
    /** The answer to a name too long to rewrite, in the words of the path check. */
    static final String TOO_LONG = "file name too long";

    /** Per-thread scratch space, so that a request allocates little beyond its result. */
    private static final class Work {
        final MeteredText text = new MeteredText();
        final StringBuilder out = new StringBuilder();
    }

    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    private final RuleSet rules;
    private final Direction direction;
    private final InetSocketAddress client;
    private final Protocol protocol;
    private final FileProbe probe;
    private final Consumer<RemapStep> trace;
    private final boolean ipv6;
    private final Work work;
    private ClientText clientText;
    private int steps = MAX_STEPS;
    /** Why {@link #rewrite} gave up, when it returns {@code null}. */
    private String failure;

    private RuleRunner(RuleSet rules, Direction direction, InetSocketAddress client, Protocol protocol,
                       FileProbe probe, Consumer<RemapStep> trace) {
        this.rules = rules;
        this.direction = direction;
        this.client = client;
        this.protocol = protocol;
        this.probe = probe;
        this.trace = trace;
        this.ipv6 = client.getAddress() instanceof Inet6Address;
        this.work = WORK.get();
    }

    /**
     * @param rules the rules
     * @param name the name as the client sent it
     * @param direction read or write
     * @param client the client (its address feeds {@code \i}, {@code \x}, {@code 4}, {@code 6})
     * @param protocol the protocol, for {@code E} probes
     * @param probe answers {@code E} rules
     * @param trace receives each step, or {@code null} when nobody looks
     * @return the result; its failure is set when the rules could not finish
     */
    static RemapOutcome run(RuleSet rules, String name, Direction direction, InetSocketAddress client,
                            Protocol protocol, FileProbe probe, Consumer<RemapStep> trace) {
        RuleRunner runner = new RuleRunner(rules, direction, client, protocol, probe, trace);
        if (name.length() > RequestPath.MAX_LENGTH) {
            // refused unread, as the path check would refuse it anyway; not a failure of the rules
            if (trace != null) {
                trace.accept(new RemapStep.Failed(null, "longer than " + RequestPath.MAX_LENGTH + " characters"));
            }
            return new RemapOutcome(new Rewrite.Denied(TOO_LONG), null);
        }
        runner.work.text.refill(WORK_BUDGET);
        try {
            return runner.execute(name);
        } catch (MeteredText.BudgetExhausted e) {
            return runner.fail(null, "the rules read more than " + WORK_BUDGET
                    + " characters for this name (an expression that backtracks badly?)");
        } catch (StackOverflowError e) {
            return runner.fail(null, "an expression recursed too deeply on this name");
        }
    }

    private RemapOutcome execute(String input) {
        String current = input;
        List<MapLine> lines = rules.lines();
        int i = 0;
        while (i < lines.size()) {
            int next = i + 1;
            if (!(lines.get(i) instanceof MapLine.Rule rule) || !rule.ops().appliesTo(direction, ipv6)) {
                i = next;
                continue;
            }
            if (steps-- == 0) {
                return fail(rule, "more than " + MAX_STEPS + " steps (do 's' or 'j' rules loop?)");
            }
            RuleOps ops = rule.ops();
            Matcher matcher = rules.matcher(i, false);
            boolean found = rule.regex().find(matcher.reset(work.text.show(current, 0)), work.text);
            if (found == ops.inverse()) {
                i = next;
                continue;
            }
            MatchResult match = ops.inverse() ? null : matcher;
            if (trace != null) {
                trace.accept(new RemapStep.Matched(rule, current));
            }
            String candidate = ops.rewrite() ? rewrite(rule, i, current, matcher) : current;
            if (candidate == null) {
                return fail(rule, failure);
            }
            if (ops.exitIfFile() && !probe.exists(candidate, direction, client, protocol)) {
                if (trace != null) {
                    trace.accept(new RemapStep.Undone(rule, candidate));
                }
                i = next;
                continue;
            }
            current = candidate;
            String text = ops.abort() || ops.jump() ? expand(rule, current, match) : "";
            if (ops.abort()) {
                String message = text.isEmpty() ? DEFAULT_DENIAL : text;
                if (trace != null) {
                    trace.accept(new RemapStep.Denied(rule, message));
                }
                return new RemapOutcome(new Rewrite.Denied(message), null);
            }
            if (ops.exit() || ops.exitIfFile()) {
                if (trace != null) {
                    trace.accept(new RemapStep.Stopped(rule));
                }
                break;
            }
            if (ops.restart()) {
                if (trace != null) {
                    trace.accept(new RemapStep.Restarted(rule));
                }
                next = 0;
            } else if (ops.jump()) {
                if (text.isEmpty()) {
                    return fail(rule, "the 'j' rule names no label");
                }
                next = rules.labelIndex(text);
                if (next < 0) {
                    return fail(rule, "label not found: " + text);
                }
                if (trace != null) {
                    trace.accept(new RemapStep.Jumped(rule, text));
                }
            }
            i = next;
        }
        return new RemapOutcome(new Rewrite.Name(current), null);
    }

    /**
     * Replaces the match, and for {@code g}/{@code gg} rules keeps replacing.
     *
     * @return the new name, or {@code null} (with {@link #failure} set) when a limit is hit
     */
    private String rewrite(MapLine.Rule rule, int index, String text, Matcher matcher) {
        RuleOps ops = rule.ops();
        int offset = 0; // where the text the matcher saw starts: gg matches again after its replacement
        while (true) {
            StringBuilder out = work.out;
            out.setLength(0);
            out.append(text, 0, offset + matcher.start());
            rule.replacement().expand(out, text, offset, matcher, client());
            int resume = out.length();
            out.append(text, offset + matcher.end(), text.length());
            if (out.length() > MAX_WORKING_LENGTH) {
                failure = "the name grew past " + MAX_WORKING_LENGTH + " characters";
                return null;
            }
            work.text.charge(out.length());
            String after = out.toString();
            if (trace != null) {
                trace.accept(new RemapStep.Rewritten(rule, text, after));
            }
            text = after;
            if (!ops.global()) {
                return text;
            }
            if (!ops.sedGlobal()) {
                offset = 0;
            } else if (resume >= text.length()) {
                return text;
            } else {
                offset = resume;
            }
            matcher = rules.matcher(index, offset > 0);
            if (!rule.regex().find(matcher.reset(work.text.show(text, offset)), work.text)) {
                return text;
            }
            if (steps-- == 0) {
                failure = "more than " + MAX_STEPS + " steps (a 'g' rule that always matches?)";
                return null;
            }
        }
    }

    /** The replacement alone, for an {@code a} rule's message or a {@code j} rule's label. */
    private String expand(MapLine.Rule rule, String current, MatchResult match) {
        StringBuilder out = work.out;
        out.setLength(0);
        rule.replacement().expand(out, current, 0, match, client());
        return out.toString();
    }

    private ClientText client() {
        if (clientText == null) {
            clientText = new ClientText(client.getAddress());
        }
        return clientText;
    }

    private RemapOutcome fail(MapLine.Rule rule, String reason) {
        if (trace != null) {
            trace.accept(new RemapStep.Failed(rule, reason));
        }
        return new RemapOutcome(new Rewrite.Denied(FAILURE_MESSAGE), reason);
    }
}
