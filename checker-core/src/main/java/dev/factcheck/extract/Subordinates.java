package dev.factcheck.extract;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.ReadQuantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two figures of one phrase that both bound to a claim, of which only one is its mention: the part and the whole of a
 * partitive ({@code the first 12 of 33 miners who were trapped}: the miners and their trapping are the 33's, the
 * hoisting is the 12's), and the old and new values of a change ({@code lowered to 249 from more than 1,000},
 * {@code revised down from 359 to around 250}: the figure after {@code from} is what it was). Internal.
 */
final class Subordinates {
    /** Words that may stand between the part and the whole: {@code two of the three}, {@code 12 of its 33}. */
    private static final Set<String> PARTITIVE_DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "all");

    private static final Set<Dimension> PERIODS = Set.of(Dimension.DATE, Dimension.TIME);

    private Subordinates() {}

    /** {@code bound} (the claims of each figure) without the claims that a figure gives way on to another. */
    static List<List<Integer>> giveWay(SentenceReading s, List<List<Integer>> bound) {
        List<List<Integer>> kept = new ArrayList<>();
        bound.forEach(claims -> kept.add(new ArrayList<>(claims)));
        List<ReadQuantity> qs = s.quantities();
        for (int i = 0; i + 1 < qs.size(); i++) {
            if (isPartitive(s, qs.get(i), qs.get(i + 1))) {
                splitPartitive(s, i, kept);
            }
        }
        for (int i = 0; i < qs.size(); i++) {
            dropFormerValue(s, i, kept);
        }
        return kept;
    }

    /** {@code part of [the] whole}, two counts. */
    private static boolean isPartitive(SentenceReading s, ReadQuantity part, ReadQuantity whole) {
        if (part.quantity().dimension() != Dimension.NUMBER || whole.quantity().dimension() != Dimension.NUMBER) {
            return false;
        }
        int i = part.tokens().to();
        if (i >= whole.tokens().from() || !s.tokens().get(i).isWord("of")) {
            return false;
        }
        for (i++; i < whole.tokens().from(); i++) {
            if (!PARTITIVE_DETERMINERS.contains(s.tokens().get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /** A claim both figures bound to goes to the whole when its anchor is in the whole's phrase, else to the part. */
    private static void splitPartitive(SentenceReading s, int part, List<List<Integer>> kept) {
        ReadQuantity whole = s.quantities().get(part + 1);
        int phraseEnd = s.tags().nounPhraseEnd(whole.tokens().to());
        for (Integer claim : List.copyOf(kept.get(part))) {
            if (!kept.get(part + 1).contains(claim)) {
                continue;
            }
            boolean ofWhole = s.hits().stream()
                    .filter(h -> h.claim() == claim && h.role() == Role.NEAR)
                    .anyMatch(h -> isInWholesPhrase(s, h, whole.tokens().from(), phraseEnd));
            kept.get(ofWhole ? part : part + 1).remove(claim);
        }
    }

    /** In the whole's noun phrase, or in the relative clause after it ({@code 33 miners who were trapped}). */
    private static boolean isInWholesPhrase(SentenceReading s, Hit h, int wholeFrom, int phraseEnd) {
        int at = h.tokens().from();
        return (at >= wholeFrom && at < phraseEnd) || s.isInRelativeClauseAfter(phraseEnd, h);
    }

    /**
     * The figure after {@code from} gives way to another of its dimension and claim in its clause. Dates and times
     * after {@code from} open a period ({@code ran the scheme from 2015 to 2021}), not a change.
     */
    private static void dropFormerValue(SentenceReading s, int i, List<List<Integer>> kept) {
        ReadQuantity former = s.quantities().get(i);
        int before = former.tokens().from() - 1;
        if (before < s.sentence().from()
                || !s.tokens().get(before).isWord("from")
                || PERIODS.contains(former.quantity().dimension())) {
            return;
        }
        for (int j = 0; j < s.quantities().size(); j++) {
            ReadQuantity other = s.quantities().get(j);
            if (j != i && isNewValue(s, former, other)) {
                kept.get(i).removeAll(kept.get(j));
            }
        }
    }

    /** Another figure of the dimension in the old value's clause, or anywhere when the old one stands in an aside. */
    private static boolean isNewValue(SentenceReading s, ReadQuantity former, ReadQuantity other) {
        return other.quantity().dimension() == former.quantity().dimension()
                && (s.clauses().shareClause(former.tokens(), other.tokens()) || isAside(s, former));
    }

    /** Whether the figure is the only one of its clause: {@code The toll, down from 310, stood at 296}. */
    private static boolean isAside(SentenceReading s, ReadQuantity former) {
        return s.quantities().stream()
                .filter(o -> !o.tokens().equals(former.tokens()))
                .noneMatch(o -> s.clauses().shareClause(o.tokens(), former.tokens()));
    }
}
