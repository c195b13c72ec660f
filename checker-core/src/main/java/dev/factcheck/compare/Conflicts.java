package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import dev.factcheck.quantity.Interval;
import java.util.ArrayList;
import java.util.List;

/** Finds the pairs of mentions whose intervals share no value, in n log n whatever their number. Internal. */
final class Conflicts {
    /** How many conflicting pairs a result lists at most. */
    static final int MAX = 20;

    private Conflicts() {}

    /**
     * The mention that the most others contradict, paired with each of them (the later one on a tie, so a new source
     * is blamed rather than the first). Counting is done on sorted bounds: n log n, whatever the number of mentions.
     */
    static List<Conflict> among(List<Mention> mentions, List<Interval> intervals) {
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
        for (int j = 0; j < mentions.size() && conflicts.size() < MAX; j++) {
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
}
