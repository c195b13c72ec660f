package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.IntervalFormat;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.PlannedKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Gives a claim its verdict. Mentions agree when one value can make them all true: the intervals they allow, each
 * widened by half the claim's tolerance on either side, have a point in common (for intervals, that holds exactly when
 * every pair overlaps). With an {@code expected} value, every mention must meet that value instead. Stateless.
 */
public final class Judge {
    /** How many conflicting pairs a result lists at most. */
    static final int MAX_CONFLICTS = 20;

    private Judge() {}

    /** The result for a claim and its mentions, in source order. */
    public static ClaimResult judge(Claim claim, List<Mention> mentions) {
        if (claim.kind() instanceof PlannedKind planned) {
            return new ClaimResult(
                    claim,
                    Verdict.UNSUPPORTED,
                    claim.id() + " not checked: kind '" + planned.name()
                            + "' is not built in this version of factcheck",
                    mentions,
                    List.of());
        }
        if (mentions.isEmpty()) {
            return new ClaimResult(
                    claim, Verdict.NOT_FOUND, claim.id() + " not found in any source", mentions, List.of());
        }
        Optional<Mention> expected = expectedMention(claim);
        List<Conflict> conflicts = expected.isPresent()
                ? conflictsWith(claim, expected.get(), mentions)
                : byUnit(mentions).stream()
                        .flatMap(group -> conflictsAmong(claim, group).stream())
                        .limit(MAX_CONFLICTS)
                        .toList();
        if (!conflicts.isEmpty()) {
            return new ClaimResult(claim, Verdict.DIVERGE, divergence(claim, conflicts.get(0)), mentions, conflicts);
        }
        return agreement(claim, mentions);
    }

    private static ClaimResult agreement(Claim claim, List<Mention> mentions) {
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
                claim.id() + " agrees: " + counted + " in " + sources + " sources",
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
                .limit(MAX_CONFLICTS)
                .map(m -> new Conflict(expected, m))
                .toList();
    }

    /**
     * The mention that the most others contradict, paired with each of them (the later one on a tie, so a new source
     * is blamed rather than the first). Counting is done on sorted bounds: n log n, whatever the number of mentions.
     */
    private static List<Conflict> conflictsAmong(Claim claim, List<Mention> mentions) {
        List<Interval> intervals = mentions.stream().map(m -> widened(claim, m)).toList();
        double[] mins = intervals.stream().mapToDouble(Interval::min).sorted().toArray();
        double[] maxs = intervals.stream().mapToDouble(Interval::max).sorted().toArray();
        int outlier = -1;
        int most = 0;
        for (int i = 0; i < intervals.size(); i++) {
            int against = countBelow(maxs, intervals.get(i).min())
                    + countAbove(mins, intervals.get(i).max());
            if (against > 0 && against >= most) {
                most = against;
                outlier = i;
            }
        }
        return outlier < 0 ? List.of() : pairedWith(mentions, intervals, outlier);
    }

    private static List<Conflict> pairedWith(List<Mention> mentions, List<Interval> intervals, int outlier) {
        List<Conflict> conflicts = new ArrayList<>();
        for (int j = 0; j < mentions.size() && conflicts.size() < MAX_CONFLICTS; j++) {
            if (!intervals.get(j).intersects(intervals.get(outlier))) {
                conflicts.add(new Conflict(mentions.get(j), mentions.get(outlier)));
            }
        }
        return conflicts;
    }

    /** How many of the sorted values are below {@code bound}. */
    private static int countBelow(double[] sorted, double bound) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many of the sorted values are above {@code bound}. */
    private static int countAbove(double[] sorted, double bound) {
        return sorted.length - countBelow(sorted, Math.nextUp(bound));
    }

    /** The claim's {@code expected} value as a mention placed at the claim in its rule file. */
    private static Optional<Mention> expectedMention(Claim claim) {
        return claim.expected()
                .map(e -> new Mention(
                        claim.rulesFile(), claim.position(), e.text(), e.quantity(), "expected: " + e.text()));
    }

    private static Interval widened(Claim claim, Mention mention) {
        return claim.tolerance().widen(mention.quantity().interval());
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
