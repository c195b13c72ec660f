package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.IntervalFormat;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.NameKind;
import dev.factcheck.rules.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Gives a claim its verdict. Mentions agree when one value can make them all true: the intervals they allow, each
 * widened by half the claim's tolerance on either side, have a point in common (for intervals, that holds exactly when
 * every pair overlaps). With an {@code expected} value, every mention must meet that value instead. Stateless.
 */
public final class Judge {
    private Judge() {}

    /** The result for a claim and its mentions, in source order. */
    public static ClaimResult judge(Claim claim, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return new ClaimResult(
                    claim, Verdict.NOT_FOUND, claim.id() + " not found in any source", mentions, List.of());
        }
        if (claim.kind() instanceof QuoteKind) {
            return QuoteJudge.judge(claim, mentions);
        }
        if (claim.kind() instanceof NameKind) {
            return NameJudge.judge(claim, mentions);
        }
        Figures figures = Figures.of(mentions);
        List<Conflict> conflicts = new ArrayList<>();
        expectedMention(claim).ifPresent(e -> conflicts.addAll(conflictsWith(claim, e, figures)));
        // amounts in two currencies are never compared, since no rate is known
        figures.groupedBy(Figures.Reach::unit).forEach(group -> conflicts.addAll(conflictsAmong(claim, group)));
        if (!conflicts.isEmpty()) {
            List<Conflict> listed = conflicts.subList(0, Math.min(conflicts.size(), Conflicts.MAX));
            return new ClaimResult(claim, Verdict.DIVERGE, divergence(claim, listed.get(0)), mentions, listed);
        }
        return agreement(claim, mentions, "");
    }

    /** AGREE, or SINGLE_SOURCE when one source holds every mention; {@code note} ends the message. */
    static ClaimResult agreement(Claim claim, List<Mention> mentions, String note) {
        long sources = mentions.stream().map(Mention::source).distinct().count();
        String counted = mentions.size() + (mentions.size() == 1 ? " mention" : " mentions");
        if (sources == 1) {
            return new ClaimResult(
                    claim,
                    Verdict.SINGLE_SOURCE,
                    claim.id() + ": " + counted + ", all in " + mentions.get(0).source() + ": nothing to compare",
                    mentions,
                    List.of());
        }
        return new ClaimResult(
                claim,
                Verdict.AGREE,
                claim.id() + " agrees: " + counted + " in " + sources + " sources" + note,
                mentions,
                List.of());
    }

    private static List<Conflict> conflictsWith(Claim claim, Mention expected, Figures figures) {
        Figures.Reach reference = Figures.Reach.of(expected.quantity());
        Interval allowed = widened(claim, reference, Rounding.NONE);
        List<Conflict> conflicts = new ArrayList<>();
        List<Figures.Reach> reaches = figures.reaches();
        for (int i = 0; i < reaches.size() && conflicts.size() < Conflicts.MAX; i++) {
            Figures.Reach reach = reaches.get(i);
            if (reach.unit().equals(reference.unit())
                    && !widened(claim, reach, Rounding.NONE).intersects(allowed)) {
                conflicts.add(new Conflict(expected, figures.mentions().get(i)));
            }
        }
        return conflicts;
    }

    /** The claim's {@code expected} value as a mention placed at the claim in its rule file. */
    private static Optional<Mention> expectedMention(Claim claim) {
        return claim.expected()
                .map(e -> new Mention(
                        claim.rulesFile(), claim.position(), e.text(), e.quantity(), "expected: " + e.text()));
    }

    /**
     * Conflicts among mentions in one unit. Between figures written in different units ({@code 10 km} and {@code 6
     * miles}) the rounding of each one's last digit is allowed for; between figures written in one unit it is not
     * ({@code nine days} and {@code 10 days} differ). Ranges ({@code aged 11 to 16}, {@code $6 billion to $15
     * billion}) state their ends, so two ranges must also agree end by end; a vague count ({@code dozens}) is no range.
     */
    private static List<Conflict> conflictsAmong(Claim claim, Figures group) {
        List<Conflict> found = Conflicts.among(group.mentions(), widened(claim, group, Rounding.ALLOWED));
        for (Figures sameWriting : group.groupedBy(Figures.Reach::writingUnit)) {
            if (found.isEmpty()) {
                found = Conflicts.among(sameWriting.mentions(), widened(claim, sameWriting, Rounding.NONE));
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        Figures ranges = group.where(Figures.Reach::isRange);
        List<Conflict> lows = Conflicts.among(ranges.mentions(), ends(claim, ranges, Interval::min));
        return lows.isEmpty() ? Conflicts.among(ranges.mentions(), ends(claim, ranges, Interval::max)) : lows;
    }

    /** Whether a figure's rounding is allowed for: only against one written in another unit. */
    private enum Rounding {
        NONE,
        ALLOWED
    }

    private static List<Interval> ends(Claim claim, Figures ranges, ToDoubleFunction<Interval> end) {
        return ranges.reaches().stream()
                .map(r -> claim.tolerance().widen(Interval.exactly(end.applyAsDouble(r.interval()))))
                .toList();
    }

    private static List<Interval> widened(Claim claim, Figures figures, Rounding rounding) {
        return figures.reaches().stream().map(r -> widened(claim, r, rounding)).toList();
    }

    private static Interval widened(Claim claim, Figures.Reach reach, Rounding rounding) {
        Interval interval = claim.tolerance().widen(reach.interval());
        double step = rounding == Rounding.ALLOWED ? reach.halfStep() : 0;
        return interval.widen(step, step);
    }

    private static String divergence(Claim claim, Conflict first) {
        return claim.id() + " diverges: '" + first.second().text() + "' (" + describe(first.second())
                + ") cannot be true with '" + first.first().text() + "' (" + describe(first.first()) + ") at "
                + first.first().location();
    }

    private static String describe(Mention mention) {
        return IntervalFormat.describe(mention.quantity());
    }
}
