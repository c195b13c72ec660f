package dev.factcheck.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How two quotes of one claim compare, as a reader lines them up: the same words; one a part of the other, or both
 * parts of one remark that overlap, where one source quotes a sentence more at the start or the end (a whole sentence
 * left out is not a word changed); words changed inside the part both quote; or apart, when they share neither a run
 * of three words nor half the words of the shorter one, in order: different sentences of what was said, with nothing
 * in common to compare. Internal.
 *
 * @param fit how the quotes compare
 * @param changes the word changes, when {@code fit} is {@link Fit#CHANGED}
 */
record QuotePair(Fit fit, List<WordChange> changes) {
    /** How two quotes compare. */
    enum Fit {
        SAME,
        PART,
        CHANGED,
        APART
    }

    /** How many words in a row two quotes of one remark share at least, unless they share half their words. */
    private static final int SHARED_RUN = 3;

    QuotePair {
        changes = List.copyOf(changes);
    }

    static QuotePair of(QuoteWords a, QuoteWords b) {
        if (a.compared().equals(b.compared())) {
            return new QuotePair(Fit.SAME, List.of());
        }
        if (Collections.indexOfSubList(a.compared(), b.compared()) >= 0
                || Collections.indexOfSubList(b.compared(), a.compared()) >= 0) {
            return new QuotePair(Fit.PART, List.of());
        }
        List<AbstractDelta<String>> deltas =
                DiffUtils.diff(a.compared(), b.compared()).getDeltas();
        if (!overlap(a, b, deltas)) {
            return new QuotePair(Fit.APART, List.of());
        }
        List<WordChange> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : deltas) {
            if (!isSentenceLeftOut(delta, a, b)) {
                changes.add(change(delta, a, b));
            }
        }
        return new QuotePair(changes.isEmpty() ? Fit.PART : Fit.CHANGED, changes);
    }

    /** Whether the quotes share a run of words, or half the words of the shorter one, in order. */
    private static boolean overlap(QuoteWords a, QuoteWords b, List<AbstractDelta<String>> deltas) {
        int shared = a.size();
        int longestRun = 0;
        int at = 0;
        for (AbstractDelta<String> delta : deltas) {
            longestRun = Math.max(longestRun, delta.getSource().getPosition() - at);
            at = delta.getSource().getPosition() + delta.getSource().size();
            shared -= delta.getSource().size();
        }
        longestRun = Math.max(longestRun, a.size() - at);
        return longestRun >= SHARED_RUN || 2 * shared >= Math.min(a.size(), b.size());
    }

    /**
     * Words only one quote has, at its start or its end, that make whole sentences: the other source began its quote
     * later or stopped it sooner.
     */
    private static boolean isSentenceLeftOut(AbstractDelta<String> delta, QuoteWords a, QuoteWords b) {
        boolean dropped = delta.getType() == DeltaType.DELETE;
        if (!dropped && delta.getType() != DeltaType.INSERT) {
            return false;
        }
        QuoteWords longer = dropped ? a : b;
        int from = dropped ? delta.getSource().getPosition() : delta.getTarget().getPosition();
        int to = from + (dropped ? delta.getSource().size() : delta.getTarget().size());
        boolean atStart =
                delta.getSource().getPosition() == 0 && delta.getTarget().getPosition() == 0;
        boolean atEnd = delta.getSource().getPosition() + delta.getSource().size() == a.size()
                && delta.getTarget().getPosition() + delta.getTarget().size() == b.size();
        return (atStart && longer.endsSentenceAt(to - 1)) || (atEnd && from > 0 && longer.endsSentenceAt(from - 1));
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
}
