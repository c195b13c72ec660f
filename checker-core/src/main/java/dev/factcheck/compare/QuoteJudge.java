package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import dev.factcheck.rules.Claim;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a quote claim its verdict by comparing its quotes word by word, each pair of quotes from two sources once (a
 * source that quotes a remark twice, as a pull quote and in full, is not compared with itself). Differences of
 * typography only (quote marks, dashes, spacing, an ellipsis, {@code Mr.}/{@code Mr}, case) agree; a quote that is part
 * of another, or that quotes a sentence more or less of one remark, agrees, noted as partial; quotes with nothing in
 * common are different sentences of what was said and are not compared; changed, dropped or added words diverge,
 * listed in the message and in each conflict. Internal.
 */
final class QuoteJudge {
    /** How many word changes a message lists. */
    private static final int MAX_LISTED = 6;

    private QuoteJudge() {}

    static ClaimResult judge(Claim claim, List<Mention> mentions) {
        // compared pair by pair: made once here, not once a pair from a compact list
        List<Mention> quotes = new ArrayList<>(mentions);
        List<QuoteWords> words =
                quotes.stream().map(m -> QuoteWords.of(m.text())).toList();
        List<Conflict> conflicts = new ArrayList<>();
        Set<QuotePair.Fit> fits = EnumSet.noneOf(QuotePair.Fit.class);
        for (int i = 0; i < quotes.size(); i++) {
            for (int j = i + 1; j < quotes.size(); j++) {
                if (quotes.get(i).source().equals(quotes.get(j).source())) {
                    continue;
                }
                QuotePair pair = QuotePair.of(words.get(i), words.get(j));
                fits.add(pair.fit());
                if (pair.fit() == QuotePair.Fit.CHANGED && conflicts.size() < Conflicts.MAX) {
                    conflicts.add(new Conflict(quotes.get(i), quotes.get(j), pair.changes()));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            return new ClaimResult(claim, Verdict.DIVERGE, divergence(claim, conflicts), mentions, conflicts);
        }
        return Judge.agreement(claim, mentions, note(fits));
    }

    /** What the message adds when the quotes agree without being the same words. */
    private static String note(Set<QuotePair.Fit> fits) {
        if (fits.contains(QuotePair.Fit.PART)) {
            return " (one quote is part of another)";
        }
        boolean apart = fits.equals(EnumSet.of(QuotePair.Fit.APART));
        return apart ? " (the sources quote different sentences, with no words in common to compare)" : "";
    }

    /** The message: every distinct change once, whichever way round a pair of quotes showed it. */
    private static String divergence(Claim claim, List<Conflict> conflicts) {
        Map<Set<String>, String> listed = new LinkedHashMap<>();
        conflicts.forEach(c -> c.changes().forEach(w -> listed.putIfAbsent(Set.of(w.from(), w.to()), w.describe())));
        Conflict first = conflicts.get(0);
        String changes =
                String.join(", ", listed.values().stream().limit(MAX_LISTED).toList());
        int more = listed.size() - MAX_LISTED;
        return claim.id() + " diverges: the quote at " + first.second().location() + " is worded differently from the"
                + " one at " + first.first().location() + ": " + changes + (more > 0 ? " and " + more + " more" : "");
    }
}
