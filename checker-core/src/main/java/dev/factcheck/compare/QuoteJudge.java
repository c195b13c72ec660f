package dev.factcheck.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.factcheck.extract.Mention;
import dev.factcheck.rules.Claim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a quote claim its verdict by comparing its quotes word by word, each pair once. Differences of typography
 * only (quote marks, dashes, spacing, an ellipsis, {@code Mr.}/{@code Mr}, case) agree; a quote that is part of
 * another agrees, noted as partial; changed, dropped or added words diverge, listed in the message and in each
 * conflict. Internal.
 */
final class QuoteJudge {
    /** How many word changes a message lists. */
    private static final int MAX_LISTED = 6;

    private QuoteJudge() {}

    static ClaimResult judge(Claim claim, List<Mention> mentions) {
        List<QuoteWords> words =
                mentions.stream().map(m -> QuoteWords.of(m.text())).toList();
        List<Conflict> conflicts = new ArrayList<>();
        int partial = 0;
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                List<WordChange> changes = changes(words.get(i), words.get(j));
                if (changes.isEmpty()
                        && !words.get(i).compared().equals(words.get(j).compared())) {
                    partial++;
                } else if (!changes.isEmpty() && conflicts.size() < Conflicts.MAX) {
                    conflicts.add(new Conflict(mentions.get(i), mentions.get(j), changes));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            return new ClaimResult(claim, Verdict.DIVERGE, divergence(claim, conflicts), mentions, conflicts);
        }
        return Judge.agreement(claim, mentions, partial > 0 ? " (one quote is part of another)" : "");
    }

    /** The word changes between two quotes; none when they are the same or one is a part of the other. */
    static List<WordChange> changes(QuoteWords a, QuoteWords b) {
        if (Collections.indexOfSubList(a.compared(), b.compared()) >= 0
                || Collections.indexOfSubList(b.compared(), a.compared()) >= 0) {
            return List.of();
        }
        List<WordChange> changes = new ArrayList<>();
        for (AbstractDelta<String> delta :
                DiffUtils.diff(a.compared(), b.compared()).getDeltas()) {
            changes.add(change(delta, a, b));
        }
        return changes;
    }

    private static WordChange change(AbstractDelta<String> delta, QuoteWords a, QuoteWords b) {
        int from = delta.getSource().getPosition();
        int to = delta.getTarget().getPosition();
        String before = a.written(from, from + delta.getSource().size());
        String after = b.written(to, to + delta.getTarget().size());
        WordChange.Type type = delta.getType() == DeltaType.DELETE
                ? WordChange.Type.DROPPED
                : delta.getType() == DeltaType.INSERT ? WordChange.Type.ADDED : WordChange.Type.REPLACED;
        return new WordChange(type, before, after);
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
