package dev.factcheck.assertj;

import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Conflict;
import dev.factcheck.compare.WordChange;
import dev.factcheck.extract.Measure;
import dev.factcheck.extract.Mention;
import dev.factcheck.extract.Named;
import dev.factcheck.extract.Quoted;
import dev.factcheck.extract.Reading;
import dev.factcheck.quantity.IntervalFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The evidence that failure messages quote: what a claim's mentions say, and each mention with its position. */
final class Evidence {
    /** How many mentions a message lists before it says how many more there are. */
    static final int MAX_MENTIONS = 10;

    private Evidence() {}

    /**
     * What the result says, to follow "but it": {@code agrees: 3 mentions in 3 sources}, {@code diverges: '20-minute'
     * (1,200 s (20 minutes)) at a.txt:2:89 cannot be true with '55-minute' (...) at b.txt:2:89}.
     */
    static String verdict(ClaimResult result) {
        return switch (result.verdict()) {
            case AGREE ->
                "agrees: " + counted(result.mentions().size(), "mention") + " in "
                        + counted(result.sourceCount(), "source");
            case DIVERGE -> "diverges: " + conflict(result.conflicts().get(0));
            case SINGLE_SOURCE ->
                "has mentions in one source only: " + counted(result.mentions().size(), "mention") + " in "
                        + result.mentions().get(0).source();
            case NOT_FOUND -> "is not found in any source";
        };
    }

    /**
     * The mentions, one a line after a line break, each {@code path:line:column: 'text'} and marked when it
     * conflicts; empty when there are none.
     */
    static String mentions(ClaimResult result, String indent) {
        Set<Mention> conflicting = result.conflicts().stream()
                .flatMap(c -> Stream.of(c.first(), c.second()))
                .collect(Collectors.toSet());
        StringBuilder lines = new StringBuilder();
        result.mentions().stream()
                .limit(MAX_MENTIONS)
                .forEach(m -> lines.append('\n')
                        .append(indent)
                        .append(m.location())
                        .append(": '")
                        .append(m.text())
                        .append('\'')
                        .append(conflicting.contains(m) ? "  <- conflicts" : ""));
        int more = result.mentions().size() - MAX_MENTIONS;
        if (more > 0) {
            lines.append('\n').append(indent).append("... and ").append(more).append(" more mentions");
        }
        return lines.toString();
    }

    /** {@code 3 sources}, {@code 1 source}. */
    static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The pair as the judge saw it: figures that cannot both be true, quotes worded apart, a name misspelt. */
    private static String conflict(Conflict conflict) {
        String changes = conflict.changes().stream().map(WordChange::describe).collect(Collectors.joining(", "));
        Reading reading = conflict.second().reading();
        String relation = reading instanceof Quoted
                ? " is worded differently from "
                : reading instanceof Named ? " is not spelled as " : " cannot be true with ";
        return quoted(conflict.second())
                + relation
                + quoted(conflict.first())
                + (changes.isEmpty() ? "" : ": " + changes);
    }

    /** {@code '20-minute' (1,200 s (20 minutes)) at a.txt:2:89}; what a figure was read as, in brackets. */
    private static String quoted(Mention mention) {
        String reading = mention.reading() instanceof Measure measure
                ? " (" + IntervalFormat.describe(measure.quantity()) + ")"
                : "";
        return "'" + mention.text() + "'" + reading + " at " + mention.location();
    }

    /** The ids of {@code results}, for a message. */
    static String ids(List<ClaimResult> results) {
        return results.stream().map(ClaimResult::id).collect(Collectors.joining(", "));
    }
}
