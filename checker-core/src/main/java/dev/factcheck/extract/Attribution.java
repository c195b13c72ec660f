package dev.factcheck.extract;

import dev.factcheck.source.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds who a quote is attributed to, in the words around it: after it ({@code ," Harper said}, {@code ," said
 * Harper}, {@code ," he said}, {@code —Prime Minister Stephen Harper}) or in the clause before it ({@code Harper
 * said: "}, {@code According to Harper, "}). A pronoun stands for the last speaker named before. Internal.
 */
final class Attribution {
    static final Set<String> SPEECH_VERBS = Set.of(
            "said",
            "says",
            "say",
            "told",
            "tells",
            "added",
            "adds",
            "asked",
            "asks",
            "stated",
            "declared",
            "explained",
            "noted",
            "insisted",
            "warned",
            "wrote",
            "writes",
            "recalled",
            "continued",
            "replied",
            "answered",
            "remarked",
            "commented",
            "argued",
            "claimed",
            "announced",
            "acknowledged",
            "admitted",
            "conceded",
            "observed",
            "stressed",
            "urged",
            "cautioned",
            "suggested",
            "predicted",
            "tweeted",
            "quoted",
            "adding",
            "saying",
            "telling");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    /** Words that may stand between a speaker's name and the verb: {@code also said}, {@code was quoted}. */
    private static final Set<String> ADVERBS = Set.of(
            "also",
            "later",
            "then",
            "again",
            "further",
            "earlier",
            "once",
            "previously",
            "recently",
            "has",
            "had",
            "have",
            "would",
            "will",
            "often",
            "repeatedly",
            "widely");
    /** The auxiliaries of a passive, which only {@code was quoted as saying} lets stand before a speech verb. */
    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "been", "being");
    /** Verbs whose object is the listener, never the speaker: {@code told Xinhua}. */
    /** Words that make a name part of a description: {@code CEO of Monsanto}. */
    private static final Set<String> COMPLEMENT_WORDS = Set.of("of", "at", "for", "from");

    private static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "telling", "asked", "asks");
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "but", "and", "it", "this", "that", "there", "they", "we", "i", "in", "on", "at", "after",
            "before", "when", "while", "as", "if", "so", "then", "also", "later", "he", "she");
    /** How far from the quote an attribution may stand, in tokens. */
    private static final int REACH = 8;
    /** How long an apposition between a name and its verb may be: {@code , a college student who volunteered,}. */
    private static final int APPOSITION = 16;

    private Attribution() {}

    /** The speaker named right after the quote's closing mark at token {@code i}, before {@code end}. */
    static Optional<String> after(List<Token> tokens, int i, int end, Optional<String> lastSpeaker) {
        int at = skipPunctuation(tokens, i, end);
        OptionalInt verb = verbAfter(tokens, i, end);
        if (verb.isPresent()) {
            return nameAround(tokens, verb.getAsInt(), at, end, lastSpeaker);
        }
        if (at + 2 < end
                && tokens.get(at).isWord("according")
                && tokens.get(at + 1).isWord("to")) {
            return name(tokens, at + 2, end);
        }
        boolean dashed = i < end && "—–-".contains(tokens.get(i).text());
        if (dashed) {
            return name(tokens, at, end);
        }
        return appositiveSpeaker(tokens, at, end);
    }

    /** The speech verb of an attribution right after a quote's closing mark at token {@code i}. */
    static OptionalInt verbAfter(List<Token> tokens, int i, int end) {
        int at = skipPunctuation(tokens, i, end);
        int limit = Math.min(end, at + REACH);
        for (int v = at; v < limit; v++) {
            if (isSpeechVerb(tokens.get(v))) {
                return OptionalInt.of(v);
            }
            if (tokens.get(v).type() == Token.Type.SYMBOL
                    && ".?!\"“”".contains(tokens.get(v).text())) {
                break;
            }
        }
        return OptionalInt.empty();
    }

    /** The speech verb of the clause just before a quote's opening mark at token {@code i}. */
    static OptionalInt verbBefore(List<Token> tokens, int i, int start) {
        int floor = Math.max(start, i - 4 * REACH);
        for (int v = i - 1; v >= floor; v--) {
            Token t = tokens.get(v);
            if (isSpeechVerb(t)) {
                return OptionalInt.of(v);
            }
            if (t.type() == Token.Type.SYMBOL && ".?!”\"".contains(t.text())) {
                break;
            }
        }
        return OptionalInt.empty();
    }

    /** {@code ," Ma Hao, a college student who volunteered, told ...}: a name, an apposition, then the verb. */
    private static Optional<String> appositiveSpeaker(List<Token> tokens, int at, int end) {
        Optional<String> named = name(tokens, at, end);
        int after = at;
        while (after < end && isNamePart(tokens.get(after))) {
            after++;
        }
        if (named.isEmpty() || after >= end || !tokens.get(after).isSymbol(',')) {
            return Optional.empty();
        }
        for (int v = after + 1; v < end && v <= after + APPOSITION + 2; v++) {
            if (isSpeechVerb(tokens.get(v))) {
                return named;
            }
            if (isSentenceEnd(tokens, v)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The speaker named in the words just before the quote's opening mark at token {@code i}, after {@code start}. */
    static Optional<String> before(List<Token> tokens, int i, int start, Optional<String> lastSpeaker) {
        int floor = Math.max(start, i - 4 * REACH);
        for (int v = i - 1; v >= floor; v--) {
            Token t = tokens.get(v);
            if (isSpeechVerb(t)) {
                return nameAround(tokens, v, floor, i, lastSpeaker);
            }
            if (t.isWord("to") && v > floor && tokens.get(v - 1).isWord("according")) {
                return name(tokens, v + 1, i);
            }
            if (t.type() == Token.Type.SYMBOL && ".?!”\"".contains(t.text())) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The last person named in the text between two quotes, as speaking ({@code Hugh Grant, chairman of Monsanto,
     * stated ...}) or as a person ({@code President Ana Ruiz}, {@code Mario Soto, 40,}), whom a later {@code he said}
     * refers to.
     */
    static Optional<String> namedBetween(List<Token> tokens, int from, int to) {
        for (int v = to - 1; v >= from; v--) {
            Optional<String> person = Persons.endingAt(tokens, v, from);
            if (person.isPresent()) {
                return person;
            }
            if (isSpeechVerb(tokens.get(v))) {
                Optional<String> named = nameAround(tokens, v, Math.max(from, v - 4 * REACH), to, Optional.empty());
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /** A name (or pronoun) just before the verb at {@code v}, else just after it. */
    private static Optional<String> nameAround(
            List<Token> tokens, int v, int floor, int end, Optional<String> lastSpeaker) {
        if (tokens.get(v).isWord("quoted")) {
            return quotedAsSaying(tokens, v, floor, end, lastSpeaker);
        }
        int quoted = quotedBeforeSaying(tokens, v, floor);
        if (quoted >= 0) {
            return quotedAsSaying(tokens, quoted, floor, v, lastSpeaker);
        }
        int verb = skipAdverbs(tokens, v, floor);
        int first = verb;
        while (first - 1 >= floor && isNamePart(tokens.get(first - 1))) {
            first--;
        }
        if (first < verb) {
            boolean complement = first - 1 >= floor
                    && COMPLEMENT_WORDS.contains(tokens.get(first - 1).lower());
            Optional<String> described = complement ? beforeApposition(tokens, first, floor) : Optional.empty();
            return described.isPresent() ? described : Optional.of(join(tokens, first, verb));
        }
        if (verb - 1 >= floor && PRONOUNS.contains(tokens.get(verb - 1).lower())) {
            return lastSpeaker;
        }
        if (v + 1 < end && PRONOUNS.contains(tokens.get(v + 1).lower())) {
            return lastSpeaker;
        }
        if (v - 1 >= floor && tokens.get(v - 1).isSymbol(',')) {
            Optional<String> described = beforeApposition(tokens, v - 1, floor);
            if (described.isPresent()) {
                return described;
            }
        }
        return LISTENER_VERBS.contains(tokens.get(v).lower()) ? Optional.empty() : name(tokens, v + 1, end);
    }

    /**
     * {@code the newspaper quoted Diaz as saying}: the speaker is the one quoted, after the verb; {@code Diaz was
     * quoted as saying}: before it.
     */
    private static Optional<String> quotedAsSaying(
            List<Token> tokens, int quoted, int floor, int end, Optional<String> lastSpeaker) {
        if (quoted + 1 < end && OBJECT_PRONOUNS.contains(tokens.get(quoted + 1).lower())) {
            return lastSpeaker;
        }
        Optional<String> object = name(tokens, quoted + 1, end);
        if (object.isPresent()) {
            return object;
        }
        int passive = skipAdverbs(tokens, quoted, floor);
        int first = passive;
        while (first - 1 >= floor && isNamePart(tokens.get(first - 1))) {
            first--;
        }
        boolean pronoun = passive - 1 >= floor
                && PRONOUNS.contains(tokens.get(passive - 1).lower());
        return first < passive ? Optional.of(join(tokens, first, passive)) : pronoun ? lastSpeaker : Optional.empty();
    }

    /** The {@code quoted} of {@code quoted Diaz as saying} when {@code v} is its {@code saying}; -1 when none. */
    private static int quotedBeforeSaying(List<Token> tokens, int v, int floor) {
        if (!tokens.get(v).isWord("saying")
                || v - 1 < floor
                || !tokens.get(v - 1).isWord("as")) {
            return -1;
        }
        for (int k = v - 2; k >= floor && k >= v - 2 - REACH; k--) {
            if (tokens.get(k).isWord("quoted")) {
                return k;
            }
        }
        return -1;
    }

    /** Before {@code v}, the start of the adverbs and auxiliaries between a name and its verb: {@code Diaz also said}. */
    private static int skipAdverbs(List<Token> tokens, int v, int floor) {
        int at = v;
        boolean quoted = tokens.get(v).isWord("quoted");
        while (at - 1 >= floor && at > v - 3 && isAdverb(tokens.get(at - 1), quoted)) {
            at--;
        }
        return at;
    }

    private static boolean isAdverb(Token token, boolean passiveAllowed) {
        String word = token.lower();
        boolean adverb = ADVERBS.contains(word)
                || (passiveAllowed && PASSIVE.contains(word))
                || (word.endsWith("ly") && word.length() > 4);
        return token.type() == Token.Type.WORD && !token.isCapitalized() && adverb;
    }

    /** {@code Ma Liya, a resident of Zhaotong, told}: the name before the comma that opens the apposition. */
    private static Optional<String> beforeApposition(List<Token> tokens, int comma, int floor) {
        for (int c = comma - 1; c > floor && c >= comma - APPOSITION; c--) {
            if (tokens.get(c).isSymbol(',')) {
                int first = c;
                while (first - 1 >= floor && isNamePart(tokens.get(first - 1))) {
                    first--;
                }
                return first < c ? Optional.of(join(tokens, first, c)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The run of capitalized words that starts at {@code i}: {@code Prime Minister Stephen Harper}. */
    private static Optional<String> name(List<Token> tokens, int i, int end) {
        int last = i;
        while (last < end && isNamePart(tokens.get(last))) {
            last++;
        }
        return last > i ? Optional.of(join(tokens, i, last)).filter(n -> !n.isEmpty()) : Optional.empty();
    }

    static boolean isNamePart(Token token) {
        return (token.isCapitalized() && !NOT_NAMES.contains(token.lower()))
                || (token.isSymbol('.') && token.isGlued());
    }

    /** A full stop, question or exclamation mark, but not the period of {@code M.D.} or {@code Dr.}. */
    private static boolean isSentenceEnd(List<Token> tokens, int v) {
        Token t = tokens.get(v);
        boolean abbreviation = t.isSymbol('.')
                && t.isGlued()
                && v > 0
                && tokens.get(v - 1).isCapitalized()
                && tokens.get(v - 1).text().length() <= 3;
        return t.type() == Token.Type.SYMBOL && ".?!".contains(t.text()) && !abbreviation;
    }

    private static boolean isSpeechVerb(Token token) {
        return token.type() == Token.Type.WORD && SPEECH_VERBS.contains(token.lower());
    }

    private static int skipPunctuation(List<Token> tokens, int i, int end) {
        int at = i;
        while (at < end
                && tokens.get(at).type() == Token.Type.SYMBOL
                && ",—–-".contains(tokens.get(at).text())) {
            at++;
        }
        return at;
    }

    private static String join(List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).type() == Token.Type.WORD) {
                words.add(tokens.get(k).text());
            }
        }
        return String.join(" ", words);
    }
}
