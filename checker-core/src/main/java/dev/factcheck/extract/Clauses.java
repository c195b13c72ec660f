package dev.factcheck.extract;

import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Set;

/**
 * Numbers the clauses of a sentence. A clause ends at a comma, semicolon, colon, dash, bracket or quote mark, and
 * before a conjunction such as {@code and}, {@code but}, {@code after} or {@code compared}: so in {@code 12 killed and
 * 40 injured} each figure has its own clause. Words inside a quantity ({@code one hundred and five}) never split, nor
 * does {@code and} between two nouns or a word such as {@code after} used as a preposition, which the parts of speech
 * tell. Internal.
 */
final class Clauses {
    private static final Set<String> CONJUNCTIONS = Set.of(
            "and",
            "but",
            "while",
            "whereas",
            "although",
            "though",
            "because",
            "when",
            "compared",
            "which",
            "who",
            "whose",
            "where",
            "unlike",
            "against",
            "versus",
            "vs");
    /** Words that open a clause as conjunctions ({@code after they left}) but not as prepositions ({@code after the fire}). */
    private static final Set<String> CONJUNCTIONS_OR_PREPOSITIONS = Set.of("after", "before", "since", "until");

    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those");

    private static final String PUNCTUATION = ",;:()[]—–\"“”";

    private final int from;
    private final int[] clauseOf;

    private Clauses(int from, int[] clauseOf) {
        this.from = from;
        this.clauseOf = clauseOf;
    }

    static Clauses of(
            List<Token> tokens, TokenRange sentence, List<ReadQuantity> quantities, List<Hit> hits, SentenceTags tags) {
        Straddle straddle = Straddle.of(quantities, hits);
        int[] clauseOf = new int[sentence.size()];
        int clause = 0;
        int q = 0;
        for (int i = sentence.from(); i < sentence.to(); i++) {
            while (q < quantities.size() && quantities.get(q).tokens().to() <= i) {
                q++;
            }
            boolean inside = q < quantities.size() && quantities.get(q).tokens().contains(i);
            boolean beforeFigure =
                    q < quantities.size() && quantities.get(q).tokens().from() == i + 1;
            Context at = new Context(tokens, sentence, tags, straddle.separates(i));
            if (!inside && isBoundary(at, i, beforeFigure)) {
                clause++;
            }
            clauseOf[i - sentence.from()] = clause;
        }
        return new Clauses(sentence.from(), clauseOf);
    }

    /**
     * Where the figures and the anchors lie: a word such as {@code and} or {@code after} needs its part of speech only
     * where it stands between a figure and an anchor; elsewhere it ends a clause, as a conjunction would.
     */
    private record Straddle(int firstFigure, int lastFigure, int firstAnchor, int lastAnchor) {
        static Straddle of(List<ReadQuantity> quantities, List<Hit> hits) {
            int firstAnchor =
                    hits.stream().mapToInt(h -> h.tokens().from()).min().orElse(Integer.MAX_VALUE);
            int lastAnchor = hits.stream().mapToInt(h -> h.tokens().to()).max().orElse(Integer.MIN_VALUE);
            return new Straddle(
                    quantities.get(0).tokens().from(),
                    quantities.get(quantities.size() - 1).tokens().to(),
                    firstAnchor,
                    lastAnchor);
        }

        boolean separates(int i) {
            return (firstFigure < i && lastAnchor > i) || (firstAnchor < i && lastFigure > i);
        }
    }

    /** What a boundary is decided from: the sentence, its tags, and whether the word stands between figure and anchor. */
    private record Context(List<Token> tokens, TokenRange sentence, SentenceTags tags, boolean separates) {}

    private static boolean isBoundary(Context at, int i, boolean beforeFigure) {
        Token token = at.tokens().get(i);
        return switch (token.type()) {
            case SYMBOL -> PUNCTUATION.indexOf(token.text().charAt(0)) >= 0;
            case WORD -> (beforeFigure && token.isWord("and")) || isConjunction(at, i);
            case NUMBER -> false;
        };
    }

    /**
     * Whether the word at {@code i} opens a clause: a conjunction, but not {@code and} between two nouns or adjectives
     * ({@code homes and businesses were without power}, {@code residential and commercial properties}) unless a figure
     * follows it ({@code 85 dead and hundreds missing}), nor a preposition that can be a conjunction ({@code missing
     * after the fire}).
     */
    private static boolean isConjunction(Context at, int i) {
        List<Token> tokens = at.tokens();
        String word = tokens.get(i).lower();
        if (!at.separates()) {
            return CONJUNCTIONS.contains(word) || CONJUNCTIONS_OR_PREPOSITIONS.contains(word);
        }
        boolean wordAfter = i + 1 < at.sentence().to() && tokens.get(i + 1).type() == Token.Type.WORD;
        if (CONJUNCTIONS_OR_PREPOSITIONS.contains(word)) {
            // a figure or a determiner after it makes it a preposition; only other words need their tags
            return wordAfter
                    && !DETERMINERS.contains(tokens.get(i + 1).lower())
                    && at.tags().at(i) == PartOfSpeech.SCONJ;
        }
        if (word.equals("and")
                && i > at.sentence().from()
                && i + 1 < at.sentence().to()) {
            boolean words = wordAfter && tokens.get(i - 1).type() == Token.Type.WORD;
            return !(words && at.tags().isNominal(i - 1) && at.tags().isNominal(i + 1));
        }
        return CONJUNCTIONS.contains(word);
    }

    /** The clause number of a token. */
    int of(int token) {
        return clauseOf[token - from];
    }

    /** How many clause boundaries lie between two token ranges. */
    int between(TokenRange a, TokenRange b) {
        return Math.abs(of(a.from()) - of(b.from()));
    }

    /** Whether two token ranges have a clause in common. */
    boolean shareClause(TokenRange a, TokenRange b) {
        return of(a.from()) <= of(b.to() - 1) && of(b.from()) <= of(a.to() - 1);
    }
}
