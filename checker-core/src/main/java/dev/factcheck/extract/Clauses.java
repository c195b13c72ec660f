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

    private static final String PUNCTUATION = ",;:()[]—–\"“”";

    private final int from;
    private final int[] clauseOf;

    private Clauses(int from, int[] clauseOf) {
        this.from = from;
        this.clauseOf = clauseOf;
    }

    static Clauses of(List<Token> tokens, TokenRange sentence, List<ReadQuantity> quantities, SentenceTags tags) {
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
            if (!inside && isBoundary(tokens, i, sentence, tags, beforeFigure)) {
                clause++;
            }
            clauseOf[i - sentence.from()] = clause;
        }
        return new Clauses(sentence.from(), clauseOf);
    }

    private static boolean isBoundary(
            List<Token> tokens, int i, TokenRange sentence, SentenceTags tags, boolean beforeFigure) {
        Token token = tokens.get(i);
        return switch (token.type()) {
            case SYMBOL -> PUNCTUATION.indexOf(token.text().charAt(0)) >= 0;
            case WORD -> (beforeFigure && token.isWord("and")) || isConjunction(tokens, i, sentence, tags);
            case NUMBER -> false;
        };
    }

    /**
     * Whether the word at {@code i} opens a clause: a conjunction, but not {@code and} between two nouns or adjectives
     * ({@code homes and businesses were without power}, {@code residential and commercial properties}) unless a figure
     * follows it ({@code 85 dead and hundreds missing}), nor a preposition that can be a conjunction ({@code missing after the fire}).
     */
    private static boolean isConjunction(List<Token> tokens, int i, TokenRange sentence, SentenceTags tags) {
        String word = tokens.get(i).lower();
        if (CONJUNCTIONS_OR_PREPOSITIONS.contains(word)) {
            return tags.at(i) == PartOfSpeech.SCONJ;
        }
        if (word.equals("and") && i > sentence.from() && i + 1 < sentence.to()) {
            return !(isNominal(tags.at(i - 1)) && isNominal(tags.at(i + 1)));
        }
        return CONJUNCTIONS.contains(word);
    }

    private static boolean isNominal(PartOfSpeech pos) {
        return pos == PartOfSpeech.NOUN || pos == PartOfSpeech.PROPN || pos == PartOfSpeech.ADJ;
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
