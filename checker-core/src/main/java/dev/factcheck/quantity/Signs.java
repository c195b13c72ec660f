package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;

/**
 * Where a sign makes the number after it negative: the words {@code minus} and {@code negative} ({@code minus five
 * percent}), or a minus sign glued to the digits after it that cannot be a hyphen or a dash: it stands at the start
 * of the text, after an opening bracket, or after a space that does not follow a number ({@code fell to -5},
 * {@code -4/5}). A minus glued to the word or number before it is a hyphen ({@code COVID-19}, {@code 3-1}, {@code
 * 11-16}); one after a number, or after a unit glued to one, is a score or a range ({@code 3 -1}, {@code 9am -5pm});
 * one with a space after it is a dash or a bullet ({@code - 5 people died}) unless the figure after it ends its
 * line, as a table cell does ({@code Net change: - 1,200,000}); {@code plus or minus 3} is a margin, not
 * a negative. Internal.
 */
final class Signs {
    private Signs() {}

    /** The index of the number that the sign at {@code i} makes negative, or {@code i} when there is no sign there. */
    static int after(List<Token> tokens, int i, int end) {
        Token sign = tokens.get(i);
        if (i + 1 >= end) {
            return i;
        }
        Token next = tokens.get(i + 1);
        if (sign.isWord("minus") || sign.isWord("negative")) {
            boolean number = next.type() == Token.Type.NUMBER || WordSum.isNumberWord(next.lower());
            boolean margin = i > 0
                    && (tokens.get(i - 1).isWord("or") || tokens.get(i - 1).isWord("plus"));
            return number && !next.isGlued() && !margin ? i + 1 : i;
        }
        boolean minus = sign.isSymbol('-') || sign.isSymbol('\u2212');
        if (!minus || next.type() != Token.Type.NUMBER) {
            return i;
        }
        if (!next.isGlued()) {
            return isCell(tokens, i, end) ? i + 1 : i;
        }
        return isSignPosition(tokens, i) ? i + 1 : i;
    }

    /**
     * A minus and a space before a figure that stands alone to the end of its line, as in a table cell or a list of
     * changes ({@code Net change: - 1,200,000}): a sign, where a bullet or a dash has words after the figure.
     */
    private static boolean isCell(List<Token> tokens, int i, int end) {
        if (i > 0 && !isSignPosition(tokens, i)) {
            return false;
        }
        int after =
                NumberWords.read(tokens, i + 1, end).map(NumberWords.Read::end).orElse(i + 1);
        return after >= end
                || tokens.get(after).gap() == Token.Gap.LINE
                || tokens.get(after).gap() == Token.Gap.PARAGRAPH
                || tokens.get(after).isSymbol('|');
    }

    private static boolean isSignPosition(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        if (before.isSymbol('(') || before.isSymbol('[')) {
            return true;
        }
        boolean suffix = before.type() == Token.Type.WORD
                && before.isGlued()
                && i >= 2
                && tokens.get(i - 2).type() == Token.Type.NUMBER;
        return !tokens.get(i).isGlued()
                && before.type() != Token.Type.NUMBER
                && !suffix
                && !before.isSymbol('-')
                && !before.isSymbol('–')
                && !before.isSymbol('/');
    }
}
