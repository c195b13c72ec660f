package dev.factcheck.extract;

import dev.factcheck.source.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Names in running text that are surely of a person, whom a later {@code he said} may refer to even when no quote or
 * speech verb goes with them: a name after a title ({@code President Ana Ruiz}, {@code Dr. Lee}) or a name followed by
 * an age ({@code Mario Soto, 40,}). A name after {@code the} is an organisation or a place ({@code the State
 * Department}). Internal.
 */
final class Persons {
    /** Titles that stand only before a person's name. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");
    /** How many words a name after a title, or before an age, may have. */
    private static final int NAME_WORDS = 3;

    private Persons() {}

    /** The person whose name ends at token {@code v}, with its title, when the name starts at or after {@code floor}. */
    static Optional<String> endingAt(List<Token> tokens, int v, int floor) {
        boolean ends = Attribution.isNamePart(tokens.get(v))
                && tokens.get(v).type() == Token.Type.WORD
                && (v + 1 >= tokens.size() || !Attribution.isNamePart(tokens.get(v + 1)));
        if (!ends) {
            return Optional.empty();
        }
        int first = v;
        while (first - 1 >= floor && Attribution.isNamePart(tokens.get(first - 1))) {
            first--;
        }
        boolean organisation = first > 0 && tokens.get(first - 1).isWord("the");
        List<String> words = words(tokens, first, v + 1);
        return !organisation && (isTitled(words) || hasAge(tokens, v))
                ? Optional.of(String.join(" ", words))
                : Optional.empty();
    }

    /** {@code President Ana Ruiz}: titles, then one to three other words (one after {@code Dr.} or {@code Mr.}). */
    private static boolean isTitled(List<String> words) {
        int titles = 0;
        while (titles < words.size() && Speakers.isTitle(words.get(titles).toLowerCase(Locale.ROOT))) {
            titles++;
        }
        int name = words.size() - titles;
        boolean honorific =
                titles > 0 && HONORIFICS.contains(words.get(titles - 1).toLowerCase(Locale.ROOT));
        return titles > 0 && name <= NAME_WORDS && name >= (honorific ? 1 : 2);
    }

    /** {@code Mario Soto, 40,}: a name followed by an age between commas. */
    private static boolean hasAge(List<Token> tokens, int v) {
        return v + 3 < tokens.size()
                && tokens.get(v + 1).isSymbol(',')
                && tokens.get(v + 2).type() == Token.Type.NUMBER
                && tokens.get(v + 2).text().length() <= 3
                && tokens.get(v + 3).isSymbol(',');
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).type() == Token.Type.WORD) {
                words.add(tokens.get(k).text());
            }
        }
        return words;
    }
}
