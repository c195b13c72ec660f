package dev.factcheck.compare;

import dev.factcheck.extract.Mention;
import dev.factcheck.quantity.Interval;
import dev.factcheck.quantity.Quantity;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Some of a claim's mentions of a figure, with what the verdict reads of each ({@link Reach}): read once from the
 * claim's list, while the mentions stay in it (compact, {@link dev.factcheck.extract.MentionList}) until a conflict
 * names them. So judging a claim found a million times holds a million small reaches, not a million mentions. Internal.
 */
final class Figures {
    private final List<Mention> all;
    /** The indexes in {@link #all} of the mentions these figures are, in order. */
    private final int[] picked;

    private final List<Reach> reaches;

    private Figures(List<Mention> all, int[] picked, List<Reach> reaches) {
        this.all = all;
        this.picked = picked;
        this.reaches = reaches;
    }

    /**
     * What the verdict reads of a figure: the interval it allows, its unit ({@code ""} for none), the unit and half step
     * of its writing, and whether it is a range (two stated ends, no single value).
     */
    record Reach(Interval interval, String unit, double writingUnit, double halfStep, boolean isRange) {
        static Reach of(Quantity quantity) {
            Interval interval = quantity.interval();
            boolean range =
                    quantity.value().isEmpty() && Double.isFinite(interval.min()) && Double.isFinite(interval.max());
            return new Reach(
                    interval,
                    quantity.unit().orElse(""),
                    quantity.writing().unit(),
                    quantity.writing().halfStep(),
                    range);
        }
    }

    /** Every mention of {@code mentions}, each read once. */
    static Figures of(List<Mention> mentions) {
        List<Reach> reaches = new ArrayList<>(mentions.size());
        mentions.forEach(m -> reaches.add(Reach.of(m.quantity())));
        int[] every = new int[mentions.size()];
        Arrays.setAll(every, i -> i);
        return new Figures(mentions, every, reaches);
    }

    /** The mentions, in order; each made from the claim's list when asked for. */
    List<Mention> mentions() {
        return new Picked();
    }

    List<Reach> reaches() {
        return reaches;
    }

    /** These figures grouped by {@code key}, in the order each key first comes. */
    Collection<Figures> groupedBy(Function<Reach, Object> key) {
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < picked.length; i++) {
            groups.computeIfAbsent(key.apply(reaches.get(i)), k -> new ArrayList<>())
                    .add(i);
        }
        return groups.values().stream().map(this::subset).toList();
    }

    /** The figures whose reach passes {@code test}. */
    Figures where(Predicate<Reach> test) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < picked.length; i++) {
            if (test.test(reaches.get(i))) {
                kept.add(i);
            }
        }
        return subset(kept);
    }

    /** The figures at these positions of this list. */
    private Figures subset(List<Integer> positions) {
        int[] indexes = positions.stream().mapToInt(p -> picked[p]).toArray();
        List<Reach> some = positions.stream().map(reaches::get).toList();
        return new Figures(all, indexes, some);
    }

    /** The mentions picked, read from the claim's list one at a time. */
    private final class Picked extends AbstractList<Mention> implements RandomAccess {
        @Override
        public Mention get(int index) {
            return all.get(picked[index]);
        }

        @Override
        public int size() {
            return picked.length;
        }
    }
}
