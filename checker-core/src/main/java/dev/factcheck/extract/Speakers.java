package dev.factcheck.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the name an attribution gives ({@code Harper}, {@code Mr. Harper}, {@code Prime Minister Stephen Harper},
 * {@code Ma}) names a claim's speaker ({@code Stephen Harper}, {@code Ma Liya}): once titles are set aside, every word
 * of it must be a word of the speaker's name, so {@code Ma Hao} is not {@code Ma Liya}. Internal.
 */
final class Speakers {
    private static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "prof",
            "sir",
            "dame",
            "lord",
            "lady",
            "prime",
            "minister",
            "president",
            "premier",
            "chancellor",
            "secretary",
            "foreign",
            "state",
            "chief",
            "executive",
            "ceo",
            "cfo",
            "chairman",
            "chairwoman",
            "chair",
            "official",
            "sen",
            "senator",
            "gov",
            "governor",
            "rep",
            "representative",
            "mayor",
            "general",
            "gen",
            "col",
            "capt",
            "captain",
            "king",
            "queen",
            "prince",
            "princess",
            "pope",
            "judge",
            "justice",
            "ambassador",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "deputy",
            "vice");

    private Speakers() {}

    static boolean matches(String claimSpeaker, String attributed) {
        List<String> speaker = words(claimSpeaker);
        List<String> named =
                words(attributed).stream().filter(w -> !TITLES.contains(w)).toList();
        return !named.isEmpty() && speaker.containsAll(named);
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}'’]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
