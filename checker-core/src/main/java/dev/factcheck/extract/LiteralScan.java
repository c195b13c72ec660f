package dev.factcheck.extract;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;

/**
 * Whether a stretch of text holds, in any case, one of a set of ASCII literals: an Aho-Corasick automaton over
 * lower-cased ASCII characters, one table step per character and no allocation, so a reader can pass over the
 * paragraphs that cannot hold an anchor before it tokenizes them. Finds every occurrence, inside words too: it may let
 * through a paragraph that holds no anchor, never skip one that does. Immutable and thread-safe. Internal.
 */
final class LiteralScan {
    private static final int ASCII = 128;

    /** Lets every text through: there are literals it cannot look for (empty, or not ASCII). */
    private static final LiteralScan EVERYTHING = new LiteralScan(new int[ASCII], new boolean[] {true});

    /** Lets nothing through: there are no literals. */
    private static final LiteralScan NOTHING = new LiteralScan(new int[ASCII], new boolean[] {false});

    /** The next state of each state and lower-case ASCII character, {@code state * 128 + character}. */
    private final int[] next;

    /** Whether reaching a state means a literal ends there. */
    private final boolean[] accepts;

    private LiteralScan(int[] next, boolean[] accepts) {
        this.next = next;
        this.accepts = accepts;
    }

    /** A scan for {@code literals}, compared in lower case. */
    static LiteralScan of(Collection<String> literals) {
        if (literals.isEmpty()) {
            return NOTHING;
        }
        if (literals.stream().anyMatch(l -> l.isEmpty() || !l.chars().allMatch(c -> c < ASCII))) {
            return EVERYTHING;
        }
        return build(literals.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /** Whether {@code text} holds a literal between {@code from} and {@code to}. */
    boolean holdsAny(CharSequence text, int from, int to) {
        if (accepts[0]) {
            return true;
        }
        int state = 0;
        for (int i = from; i < to; i++) {
            int c = lowerAscii(text.charAt(i));
            state = c < 0 ? 0 : next[state * ASCII + c];
            if (accepts[state]) {
                return true;
            }
        }
        return false;
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

    private static LiteralScan build(Collection<String> literals) {
        int states = 1 + literals.stream().mapToInt(String::length).sum();
        int[] next = new int[states * ASCII];
        Arrays.fill(next, -1);
        boolean[] accepts = new boolean[states];
        int used = 1;
        for (String literal : literals) {
            int state = 0;
            for (int k = 0; k < literal.length(); k++) {
                int slot = state * ASCII + literal.charAt(k);
                if (next[slot] < 0) {
                    next[slot] = used++;
                }
                state = next[slot];
            }
            accepts[state] = true;
        }
        addFailures(next, accepts);
        return new LiteralScan(Arrays.copyOf(next, used * ASCII), Arrays.copyOf(accepts, used));
    }

    /**
     * Turns the trie into the automaton, breadth first: a missing step goes where the state's failure (the longest
     * proper suffix that is also a path from the root) goes, and a state accepts when its failure does.
     */
    private static void addFailures(int[] next, boolean[] accepts) {
        int[] failure = new int[accepts.length];
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
            accepts[state] |= accepts[failure[state]];
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
