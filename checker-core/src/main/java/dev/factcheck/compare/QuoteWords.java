package dev.factcheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A quote as the words that count when two quotes are compared: split at spaces and dashes, stripped of quote marks
 * and punctuation, in lower case, with curly apostrophes made straight and an abbreviation's period dropped ({@code
 * Mr.} is {@code Mr}). Keeps each word as written beside it, to show in messages. Internal.
 */
record QuoteWords(List<String> compared, List<String> written) {
    /** Spaces, dashes, a hyphen between letters, and ellipses separate words. */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s—–]+|(?<=\\p{L})-(?=\\p{L})|\\.{3}|…");

    QuoteWords {
        compared = List.copyOf(compared);
        written = List.copyOf(written);
    }

    static QuoteWords of(String quote) {
        List<String> compared = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (String raw : BETWEEN_WORDS.splitAsStream(quote).toList()) {
            String word = strip(raw.replace('’', '\''));
            if (!word.isEmpty()) {
                compared.add(word.toLowerCase(Locale.ROOT));
                written.add(word);
            }
        }
        return new QuoteWords(compared, written);
    }

    /** The words as written from {@code from} to {@code to}, joined. */
    String written(int from, int to) {
        return String.join(" ", written.subList(from, to));
    }

    private static String strip(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && !Character.isLetterOrDigit(raw.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }
}
