package dev.factcheck.rules;

/** How far from its anchor a figure may stand: in the anchor's sentence (the default), or within a number of words. */
public record Within(Scope scope, int words) {
    /** The sentence, or a window of words around the anchor. */
    public enum Scope {
        SENTENCE,
        WORDS
    }

    public static final Within SENTENCE = new Within(Scope.SENTENCE, 0);

    public Within {
        if (scope == Scope.WORDS && words < 1) {
            throw new IllegalArgumentException("within must be at least 1 word, was " + words);
        }
    }

    public static Within words(int words) {
        return new Within(Scope.WORDS, words);
    }
}
