package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.IntervalFormat;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.NameKind;
import dev.factcheck.rules.QuoteKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

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
        Optional<Mention> expected = expectedMention(claim);
        List<Conflict> conflicts = new ArrayList<>();
        expected.ifPresent(e -> conflicts.addAll(conflictsWith(claim, e, mentions)));
        byUnit(mentions).forEach(group -> conflicts.addAll(conflictsAmong(claim, group)));
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

    /** Mentions grouped by unit: amounts in two currencies are never compared, since no rate is known. */
    private static List<List<Mention>> byUnit(List<Mention> mentions) {
        return List.copyOf(mentions.stream()
                .collect(Collectors.groupingBy(
                        m -> m.quantity().unit().orElse(""), LinkedHashMap::new, Collectors.toList()))
                .values());
    }

    private static List<Conflict> conflictsWith(Claim claim, Mention expected, List<Mention> mentions) {
        Interval reference = widened(claim, expected);
        return mentions.stream()
                .filter(m -> m.quantity().unit().equals(expected.quantity().unit()))
                .filter(m -> !widened(claim, m).intersects(reference))
                .limit(Conflicts.MAX)
                .map(m -> new Conflict(expected, m))
                .toList();
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
    private static List<Conflict> conflictsAmong(Claim claim, List<Mention> mentions) {
        List<Conflict> found = Conflicts.among(
                mentions,
                mentions.stream().map(m -> widened(claim, m, Rounding.ALLOWED)).toList());
        for (List<Mention> sameUnit : byWriting(mentions)) {
            if (found.isEmpty()) {
                found = Conflicts.among(
                        sameUnit,
                        sameUnit.stream()
                                .map(m -> widened(claim, m, Rounding.NONE))
                                .toList());
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        List<Mention> ranges = mentions.stream().filter(Judge::isRange).toList();
        List<Conflict> lows = Conflicts.among(ranges, ends(claim, ranges, Interval::min));
        return lows.isEmpty() ? Conflicts.among(ranges, ends(claim, ranges, Interval::max)) : lows;
    }

    private static boolean isRange(Mention m) {
        Interval interval = m.quantity().interval();
        return m.quantity().value().isEmpty() && Double.isFinite(interval.min()) && Double.isFinite(interval.max());
    }

    /** Whether a figure's rounding is allowed for: only against one written in another unit. */
    private enum Rounding {
        NONE,
        ALLOWED
    }

    private static Collection<List<Mention>> byWriting(List<Mention> mentions) {
        return mentions.stream()
                .collect(Collectors.groupingBy(
                        m -> m.quantity().writing().unit(), LinkedHashMap::new, Collectors.toList()))
                .values();
    }

    private static List<Interval> ends(Claim claim, List<Mention> ranges, ToDoubleFunction<Interval> end) {
        return ranges.stream()
                .map(m -> claim.tolerance()
                        .widen(Interval.exactly(end.applyAsDouble(m.quantity().interval()))))
                .toList();
    }

    private static Interval widened(Claim claim, Mention mention, Rounding rounding) {
        Interval interval = claim.tolerance().widen(mention.quantity().interval());
        double step =
                rounding == Rounding.ALLOWED ? mention.quantity().writing().halfStep() : 0;
        return interval.widen(step, step);
    }

    private static Interval widened(Claim claim, Mention mention) {
        return widened(claim, mention, Rounding.NONE);
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
