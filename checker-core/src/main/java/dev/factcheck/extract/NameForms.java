package dev.factcheck.extract;

import dev.factcheck.source.Token;
import dev.factcheck.source.Tokenizer;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * One listed form of a name ({@code Vladivostok}, {@code Mr. Harper}) and how words of a text compare with it: the
 * same words (case aside), or a near miss: the same letters but for their diacritics, or a letter or two off
 * ({@code Vladivostock}, {@code Chaikovsky} for {@code Tchaikovsky}). Only a capitalized form has near misses, and
 * only from a length of five letters, so that common words and short names are never taken for one. Internal.
 */
final class NameForms {
    private final String written;
    private final List<String> words;
    private final String bare;
    private final boolean proper;

    NameForms(String written) {
        this.written = written;
        this.words = Tokenizer.tokenize(written).stream()
                .filter(t -> t.type() != Token.Type.SYMBOL)
                .map(Token::lower)
                .toList();
        this.bare = bare(String.join(" ", words));
        this.proper = !written.isEmpty() && Character.isUpperCase(written.codePointAt(0));
    }

    String written() {
        return written;
    }

    int size() {
        return words.size();
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** How the words compare with this form: the same, a near miss, or neither. */
    Optional<Named.Spelling> compare(List<String> candidate) {
        if (candidate.equals(words)) {
            return Optional.of(Named.Spelling.LISTED);
        }
        if (!proper) {
            return Optional.empty();
        }
        String other = bare(String.join(" ", candidate));
        int allowed = bare.length() < 5 ? 0 : bare.length() < 9 ? 1 : 2;
        boolean near =
                other.equals(bare) || LevenshteinDistance.getDefaultInstance().apply(other, bare) <= allowed;
        return near ? Optional.of(Named.Spelling.NEAR_MISS) : Optional.empty();
    }

    /** Without diacritics, in lower case: {@code Zürich} is {@code zurich}. */
    private static String bare(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
