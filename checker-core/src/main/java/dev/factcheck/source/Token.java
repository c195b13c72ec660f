package dev.factcheck.source;

/**
 * A word, a run of digits or a single symbol of a text, with what separates it from the token before. Internal, may
 * change.
 *
 * @param type what the token is
 * @param start offset of its first char
 * @param end offset after its last char
 * @param text the token as written
 * @param lower the token in lower case, which rules match
 * @param gap what stands between the previous token and this one
 */
public record Token(Type type, int start, int end, String text, String lower, Gap gap) {
    /** Letters, digits or anything else. */
    public enum Type {
        /** Letters, with apostrophes and digits inside ({@code it's}, {@code G20}). */
        WORD,
        /** Digits with {@code ,} or {@code .} between them ({@code 23,000}, {@code 1.2}, {@code .08}). */
        NUMBER,
        /** One other visible character: punctuation, a hyphen, a currency sign. */
        SYMBOL
    }

    /** Nothing, spaces, one line break, or a blank line. */
    public enum Gap {
        NONE,
        SPACE,
        LINE,
        PARAGRAPH
    }

    /** Whether this is the word {@code word}, given in lower case. */
    public boolean isWord(String word) {
        return type == Type.WORD && lower.equals(word);
    }

    public boolean isCapitalized() {
        return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isSymbol(char symbol) {
        return type == Type.SYMBOL && text.charAt(0) == symbol;
    }

    /** Whether this token is glued to the previous one, as in {@code 55-minute} or {@code 40th}. */
    public boolean isGlued() {
        return gap == Gap.NONE;
    }

    public Span span() {
        return new Span(start, end);
    }
}
