package dev.factcheck.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Whether a stretch of text holds, in any case, one of a set of ASCII literals: an Aho-Corasick automaton over
 * lower-cased ASCII characters, one table step per character and no allocation, so a reader can pass over the
 * paragraphs that cannot hold an anchor before it tokenizes them. A literal may be a word's start (no letter before
 * it) or a whole word (no letter or digit after it either), as a term's first word must be to match a token. It may
 * let through a paragraph that holds no anchor, never skip one that does. Immutable and thread-safe. Internal.
 */
final class LiteralScan {
    private static final int ASCII = 128;

    /** Lets every text through: there are literals it cannot look for (empty, or not ASCII). */
    private static final LiteralScan EVERYTHING = new LiteralScan(new int[ASCII], new Found[][] {{}}, true);

    /** Lets nothing through: there are no literals. */
    private static final LiteralScan NOTHING = new LiteralScan(new int[ASCII], new Found[][] {{}}, false);

    /** Where a literal must stand to count: anywhere, at a word's start, or as a whole word. */
    enum Bounds {
        ANYWHERE,
        WORD_START,
        WHOLE_WORD
    }

    /** A literal to look for and where it must stand. */
    record Literal(String text, Bounds bounds) {}

    /** A literal that ends at a state: its length and where it must stand. */
    private record Found(int length, Bounds bounds) {}

    /**
     * The next state of each state and lower-case ASCII character, at {@code state * 128 + character}; states are kept
     * as that product, {@code state * 128}, so that a step is one look-up.
     */
    private final int[] next;

    /** The literals that end on reaching each state, its failures' included. */
    private final Found[][] ends;

    /** Whether some literal ends on reaching each state: most states end none. */
    private final boolean[] endsAny;

    private final boolean everything;

    private LiteralScan(int[] next, Found[][] ends, boolean everything) {
        this.next = next;
        this.ends = ends;
        this.endsAny = new boolean[ends.length];
        for (int state = 0; state < ends.length; state++) {
            endsAny[state] = ends[state].length > 0;
        }
        this.everything = everything;
    }

    /** A scan for {@code literals}, compared in lower case. */
    static LiteralScan of(Collection<Literal> literals) {
        if (literals.isEmpty()) {
            return NOTHING;
        }
        if (literals.stream()
                .map(Literal::text)
                .anyMatch(l -> l.isEmpty() || !l.chars().allMatch(c -> c < ASCII))) {
            return EVERYTHING;
        }
        return build(literals.stream()
                .map(l -> new Literal(l.text().toLowerCase(Locale.ROOT), l.bounds()))
                .toList());
    }

    /** Whether {@code text} holds a literal, where it must stand, between {@code from} and {@code to}. */
    boolean holdsAny(CharSequence text, int from, int to) {
        if (everything) {
            return true;
        }
        int state = 0;
        for (int i = from; i < to; i++) {
            int c = lowerAscii(text.charAt(i));
            state = c < 0 ? 0 : next[state + c];
            if (endsAny[state / ASCII] && endsRight(text, i + 1, ends[state / ASCII])) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsRight(CharSequence text, int end, Found[] found) {
        for (Found literal : found) {
            if (standsRight(text, end - literal.length(), end, literal.bounds())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a literal found at {@code [start, end)} stands where it must. A token starts at a letter that no letter
     * comes before ({@code 40th} is two tokens) and a word ends where no letter or digit follows; the characters
     * around are read in the whole text, as the tokenizer reads them.
     */
    private static boolean standsRight(CharSequence text, int start, int end, Bounds bounds) {
        if (bounds == Bounds.ANYWHERE) {
            return true;
        }
        if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            return false;
        }
        return bounds == Bounds.WORD_START || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    /**
     * The lower-case ASCII character {@code c} stands for, or -1 for none. Other characters go through upper case
     * first, so that those a case-insensitive pattern takes for ASCII letters ({@code ſ} for {@code s}, the Kelvin
     * sign for {@code k}) count as them.
     */
    private static int lowerAscii(char c) {
        if (c < ASCII) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        char lower = Character.toLowerCase(Character.toUpperCase(c));
        return lower < ASCII ? lower : -1;
    }

    private static LiteralScan build(List<Literal> literals) {
        int states = 1 + literals.stream().mapToInt(l -> l.text().length()).sum();
        int[] next = new int[states * ASCII];
        Arrays.fill(next, -1);
        List<List<Found>> ends = new ArrayList<>();
        ends.add(new ArrayList<>());
        for (Literal literal : literals) {
            int state = 0;
            for (int k = 0; k < literal.text().length(); k++) {
                int slot = state * ASCII + literal.text().charAt(k);
                if (next[slot] < 0) {
                    next[slot] = ends.size();
                    ends.add(new ArrayList<>());
                }
                state = next[slot];
            }
            ends.get(state).add(new Found(literal.text().length(), literal.bounds()));
        }
        addFailures(next, ends);
        int[] steps = Arrays.copyOf(next, ends.size() * ASCII);
        for (int slot = 0; slot < steps.length; slot++) {
            steps[slot] *= ASCII;
        }
        return new LiteralScan(
                steps, ends.stream().map(f -> f.toArray(Found[]::new)).toArray(Found[][]::new), false);
    }

    /**
     * Turns the trie into the automaton, breadth first: a missing step goes where the state's failure (the longest
     * proper suffix that is also a path from the root) goes, and a state ends what its failure ends too.
     */
    private static void addFailures(int[] next, List<List<Found>> ends) {
        int[] failure = new int[ends.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ASCII; c++) {
            if (next[c] < 0) {
                next[c] = 0;
            } else {
                queue.add(next[c]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            ends.get(state).addAll(ends.get(failure[state]));
            for (int c = 0; c < ASCII; c++) {
                int slot = state * ASCII + c;
                if (next[slot] < 0) {
                    next[slot] = next[failure[state] * ASCII + c];
                } else {
                    failure[next[slot]] = next[failure[state] * ASCII + c];
                    queue.add(next[slot]);
                }
            }
        }
    }
}
