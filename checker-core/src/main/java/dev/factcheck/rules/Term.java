package dev.factcheck.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A word or phrase of a rule ({@code death toll}, {@code kill*}) as the lower-case words it matches; a trailing
 * {@code *} lets the last word take any ending. Matching is case-insensitive and by whole words.
 *
 * @param text the term as written in the rule file
 * @param words the lower-case words, without the {@code *}
 * @param open whether the last word may take any ending
 */
public record Term(String text, List<String> words, boolean open) {
    public Term {
        Objects.requireNonNull(text, "text == null");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a term needs a word: '" + text + "'");
        }
    }

    /** Parses a term as written in a rule file; words are split at spaces and hyphens, as the tokenizer splits text. */
    public static Term parse(String text) {
        String trimmed = text.strip();
        boolean open = trimmed.endsWith("*");
        String body = open ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        List<String> words = List.of(body.toLowerCase(Locale.ROOT).split("[\\s\\-]+"));
        return new Term(text, (words.size() == 1 && words.get(0).isEmpty()) ? List.of() : words, open);
    }

    /** Whether {@code word} (lower case) matches this term's word at {@code index}. */
    public boolean matchesWord(int index, String word) {
        String own = words.get(index);
        return (open && index == words.size() - 1) ? word.startsWith(own) : word.equals(own);
    }
}
