package dev.factcheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the speaker an attribution gives names a claim's speaker. For a person or an organisation ({@code Stephen
 * Harper}, {@code Ma Liya}, {@code Cal Fire}), the attribution's name must end with words of the speaker's name, and
 * whatever stands before them must end with a title: {@code Harper}, {@code Mr. Harper}, {@code CDC Director Robert
 * Redfield}, {@code Dr. Robert R. Redfield, M.D.} (initials and degrees set aside) name Robert Redfield, but {@code Ma
 * Hao} is not {@code Ma Liya} and {@code John Smith} is not {@code Anne Smith}. A claim's speaker written in lower case
 * is a description ({@code the ministry}, {@code the former producer}): its words, in order, must stand in the
 * attribution ({@code a spokesman for the ministry}). Internal.
 */
final class Speakers {
    /** Capitalized words that stand before a name without being part of it. */
    private static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "prof",
            "professor",
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
            "coo",
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
            "vice",
            "director",
            "commissioner",
            "superintendent",
            "administrator",
            "head",
            "officer",
            "inspector",
            "sheriff",
            "sgt",
            "sergeant",
            "lt",
            "lieutenant",
            "commander",
            "cmdr",
            "adm",
            "admiral",
            "det",
            "detective",
            "attorney",
            "councilman",
            "councilwoman",
            "councillor",
            "assemblyman",
            "assemblywoman",
            "congressman",
            "congresswoman",
            "rev",
            "father",
            "bishop",
            "archbishop",
            "cardinal",
            "rabbi",
            "imam",
            "sheikh",
            "coach",
            "founder",
            "president-elect",
            "leader",
            "agent",
            "trooper",
            "marshal",
            "chef");
    /** Degrees and suffixes written after a name. */
    private static final Set<String> SUFFIXES = Set.of("md", "jr", "sr", "phd", "ii", "iii", "iv", "esq");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private Speakers() {}

    static boolean matches(String claimSpeaker, String attributed) {
        if (isDescription(claimSpeaker)) {
            return describes(claimSpeaker, attributed);
        }
        List<String> speaker =
                words(claimSpeaker).stream().filter(w -> !TITLES.contains(w)).toList();
        List<String> named = words(attributed).stream()
                .filter(w -> !SUFFIXES.contains(w))
                .filter(w -> w.length() > 1 || speaker.contains(w))
                .toList();
        int first = named.size();
        while (first > 0 && speaker.contains(named.get(first - 1))) {
            first--;
        }
        return first < named.size() && (first == 0 || TITLES.contains(named.get(first - 1)));
    }

    /** Whether a word, in lower case, is a title that may stand before a name: {@code dr}, {@code president}. */
    static boolean isTitle(String word) {
        return TITLES.contains(word);
    }

    /** Whether a claim's speaker is a description rather than a name: it is written in lower case. */
    static boolean isDescription(String claimSpeaker) {
        String stripped = claimSpeaker.strip();
        return !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
    }

    /** Whether the attribution holds the description's words, in order, determiners aside. */
    private static boolean describes(String description, String attributed) {
        List<String> wanted = withoutDeterminers(words(description));
        List<String> given = withoutDeterminers(words(attributed));
        return !wanted.isEmpty() && Collections.indexOfSubList(given, wanted) >= 0;
    }

    private static List<String> withoutDeterminers(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        kept.removeIf(DETERMINERS::contains);
        return kept;
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}'’-]+"))
                .map(w -> w.replaceAll("^['’-]+|['’-]+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
