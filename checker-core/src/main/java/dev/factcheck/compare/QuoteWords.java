package dev.factcheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A quote as the words that count when two quotes are compared: split at spaces and dashes, stripped of quote marks
 * and punctuation, in lower case, with curly apostrophes made straight and an abbreviation's period dropped ({@code
 * Mr.} is {@code Mr}). Keeps each word as written beside it, to show in messages, and whether it ends a sentence, so
 * that a sentence one source quotes and another leaves out is told from a word changed. Internal.
 *
 * @param compared the words in lower case, without punctuation
 * @param written the same words as written
 * @param sentenceEnds for each word, whether a full stop, question or exclamation mark follows it
 */
record QuoteWords(List<String> compared, List<String> written, List<Boolean> sentenceEnds) {
    /** Spaces, dashes, a hyphen between letters, and ellipses separate words. */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s—–]+|(?<=\\p{L})-(?=\\p{L})|\\.{3}|…");
    /** A word that ends a sentence, after any closing quote marks or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!][\"'”’)\\]]*");
    /** {@code Mr.}, {@code Dr.}, {@code M.D.}: a short capitalized abbreviation, whose period ends no sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}[\\p{L}.]{0,2}\\.");

    QuoteWords {
        compared = List.copyOf(compared);
        written = List.copyOf(written);
        sentenceEnds = List.copyOf(sentenceEnds);
    }

    static QuoteWords of(String quote) {
        List<String> compared = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        for (String raw : BETWEEN_WORDS.splitAsStream(quote).toList()) {
            String word = strip(raw.replace('’', '\''));
            if (!word.isEmpty()) {
                compared.add(word.toLowerCase(Locale.ROOT));
                written.add(word);
                ends.add(SENTENCE_END.matcher(raw).matches()
                        && !ABBREVIATION.matcher(raw).matches());
            }
        }
        return new QuoteWords(compared, written, ends);
    }

    int size() {
        return compared.size();
    }

    /** The words as written from {@code from} to {@code to}, joined. */
    String written(int from, int to) {
        return String.join(" ", written.subList(from, to));
    }

    boolean endsSentenceAt(int i) {
        return sentenceEnds.get(i);
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
