package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;

/**
 * The magnitude of an earthquake, a plain number with a scale of its own: {@code magnitude-6.1}, {@code 6.1
 * magnitude}, {@code 6.1 on the Richter scale}. It is read as a number whose unit is {@code magnitude}, never as a
 * count. Internal.
 */
final class Magnitude {
    static final String UNIT = "magnitude";

    private Magnitude() {}

    /** The index after {@code magnitude} (or {@code -magnitude}, {@code on the Richter scale}) at {@code i}; else i. */
    static int after(List<Token> tokens, int i, int end) {
        int word = Figure.unitIndex(tokens, i, end);
        if (word < end && tokens.get(word).isWord(UNIT)) {
            return word + 1;
        }
        boolean richter = i + 3 < end
                && tokens.get(i).isWord("on")
                && tokens.get(i + 1).isWord("the")
                && tokens.get(i + 2).isWord("richter")
                && tokens.get(i + 3).isWord("scale");
        return richter ? i + 4 : i;
    }

    /** Whether {@code magnitude} (or {@code magnitude-}) stands just before the figure at {@code from}. */
    static boolean before(List<Token> tokens, int from, int floor) {
        int word = from - 1;
        if (word >= floor && tokens.get(word).isSymbol('-')) {
            word--;
        }
        return word >= floor && tokens.get(word).isWord(UNIT);
    }
}
