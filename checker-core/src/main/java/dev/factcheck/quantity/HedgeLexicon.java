package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The English phrases of each hedge, matched on the words just before (or just after) a figure. Internal. */
final class HedgeLexicon {
    /**
     * Phrases before a figure, longest first so that {@code just over} wins over {@code over} and {@code no more
     * than} over {@code more than} (the list is sorted by length, so entries may be written in any order).
     */
    private static final List<Map.Entry<List<String>, Hedge>> BEFORE = longestFirst(List.of(
            entry(Hedge.AT_MOST, "less than or equal to"),
            entry(Hedge.AT_LEAST, "greater than or equal to"),
            entry(Hedge.AT_LEAST, "more than or equal to"),
            entry(Hedge.MORE_THAN, "surpass"),
            entry(Hedge.MORE_THAN, "surpassed"),
            entry(Hedge.MORE_THAN, "surpasses"),
            entry(Hedge.MORE_THAN, "surpassing"),
            entry(Hedge.JUST_AFTER, "shortly after"),
            entry(Hedge.JUST_AFTER, "just after"),
            entry(Hedge.JUST_AFTER, "soon after"),
            entry(Hedge.NEARLY, "shortly before"),
            entry(Hedge.NEARLY, "just before"),
            entry(Hedge.AT_LEAST, "no fewer than"),
            entry(Hedge.AT_LEAST, "no less than"),
            entry(Hedge.AT_LEAST, "not less than"),
            entry(Hedge.AT_LEAST, "a minimum of"),
            entry(Hedge.MORE_THAN, "more than"),
            entry(Hedge.MORE_THAN, "upwards of"),
            entry(Hedge.MORE_THAN, "in excess of"),
            entry(Hedge.MORE_THAN, "just over"),
            entry(Hedge.MORE_THAN, "well over"),
            entry(Hedge.MORE_THAN, "greater than"),
            entry(Hedge.AT_MOST, "no more than"),
            entry(Hedge.AT_MOST, "as many as"),
            entry(Hedge.AT_MOST, "as much as"),
            entry(Hedge.AT_MOST, "a maximum of"),
            entry(Hedge.LESS_THAN, "fewer than"),
            entry(Hedge.LESS_THAN, "less than"),
            entry(Hedge.NEARLY, "just under"),
            entry(Hedge.NEARLY, "close to"),
            entry(Hedge.NEARLY, "closer to"),
            entry(Hedge.NEARLY, "just shy of"),
            entry(Hedge.NEARLY, "the best part of"),
            entry(Hedge.ABOUT, "an estimated"),
            entry(Hedge.ABOUT, "in the region of"),
            entry(Hedge.AT_LEAST, "at least"),
            entry(Hedge.AT_MOST, "at most"),
            entry(Hedge.AT_MOST, "up to"),
            entry(Hedge.MORE_THAN, "over"),
            entry(Hedge.MORE_THAN, "above"),
            entry(Hedge.LESS_THAN, "under"),
            entry(Hedge.LESS_THAN, "below"),
            entry(Hedge.NEARLY, "nearly"),
            entry(Hedge.NEARLY, "almost"),
            entry(Hedge.NEARLY, "approaching"),
            entry(Hedge.ABOUT, "about"),
            entry(Hedge.ABOUT, "around"),
            entry(Hedge.ABOUT, "some"),
            entry(Hedge.ABOUT, "roughly"),
            entry(Hedge.ABOUT, "approximately"),
            entry(Hedge.ABOUT, "approx"),
            entry(Hedge.ABOUT, "circa"),
            entry(Hedge.ABOUT, "estimated")));

    /** Phrases after a figure. */
    private static final List<Map.Entry<List<String>, Hedge>> AFTER = List.of(
            entry(Hedge.AT_LEAST, "or more"),
            entry(Hedge.AT_LEAST, "and more"),
            entry(Hedge.AT_LEAST, "plus"),
            entry(Hedge.AT_MOST, "or less"),
            entry(Hedge.AT_MOST, "or fewer"),
            entry(Hedge.ABOUT, "or so"));

    private HedgeLexicon() {}

    /** The hedge whose phrase ends just before token {@code end}, at or after {@code floor}. */
    static Found before(List<Token> tokens, int floor, int end) {
        for (Map.Entry<List<String>, Hedge> e : BEFORE) {
            int start = end - e.getKey().size();
            if (start >= floor && wordsAt(tokens, start, e.getKey())) {
                return new Found(e.getValue(), start);
            }
        }
        return new Found(Hedge.EXACT, end);
    }

    /** The hedge whose phrase starts at token {@code start}, before {@code ceiling}; the index after it. */
    static Found after(List<Token> tokens, int start, int ceiling) {
        for (Map.Entry<List<String>, Hedge> e : AFTER) {
            int end = start + e.getKey().size();
            if (end <= ceiling && wordsAt(tokens, start, e.getKey())) {
                return new Found(e.getValue(), end);
            }
        }
        return new Found(Hedge.EXACT, start);
    }

    private static boolean wordsAt(List<Token> tokens, int start, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(start + k).isWord(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<Map.Entry<List<String>, Hedge>> longestFirst(List<Map.Entry<List<String>, Hedge>> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(
                                (Map.Entry<List<String>, Hedge> e) -> e.getKey().size())
                        .reversed())
                .toList();
    }

    private static Map.Entry<List<String>, Hedge> entry(Hedge hedge, String phrase) {
        return Map.entry(List.of(phrase.split(" ")), hedge);
    }

    /** A hedge found and the token index where its phrase starts (before) or ends (after). */
    record Found(Hedge hedge, int index) {}
}
