package dev.factcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Chooses what a page shows of a list too long to show whole: the preferred items first (the conflicting mentions,
 * which are what a reader looks for), then the first others, up to a cap, kept in the list's order. Internal.
 */
final class Shown {
    private Shown() {}

    /** {@code items} itself when it holds at most {@code max}; else at most {@code max} of them, as above. */
    static <T> List<T> kept(List<T> items, Predicate<T> preferred, int max) {
        if (items.size() <= max) {
            return items;
        }
        int preferredLeft = (int) items.stream().filter(preferred).limit(max).count();
        int othersLeft = max - preferredLeft;
        List<T> kept = new ArrayList<>(max);
        for (T item : items) {
            boolean isPreferred = preferred.test(item);
            if (isPreferred && preferredLeft > 0) {
                kept.add(item);
                preferredLeft--;
            } else if (!isPreferred && othersLeft > 0) {
                kept.add(item);
                othersLeft--;
            }
        }
        return kept;
    }
}
