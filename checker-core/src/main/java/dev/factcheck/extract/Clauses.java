package dev.factcheck.extract;

import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Set;

/**
 * Numbers the clauses of a sentence. A clause ends at a comma, semicolon, colon, dash, bracket or quote mark, and
 * before a conjunction such as {@code and}, {@code but}, {@code after} or {@code compared}: so in {@code 12 killed and
 * 40 injured} each figure has its own clause. Words inside a quantity ({@code one hundred and five}) never split.
 * Internal.
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
            "after",
            "before",
            "since",
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
    private static final String PUNCTUATION = ",;:()[]—–\"“”";

    private final int from;
    private final int[] clauseOf;

    private Clauses(int from, int[] clauseOf) {
        this.from = from;
        this.clauseOf = clauseOf;
    }

    static Clauses of(List<Token> tokens, TokenRange sentence, List<ReadQuantity> quantities) {
        int[] clauseOf = new int[sentence.size()];
        int clause = 0;
        int q = 0;
        for (int i = sentence.from(); i < sentence.to(); i++) {
            while (q < quantities.size() && quantities.get(q).tokens().to() <= i) {
                q++;
            }
            boolean inside = q < quantities.size() && quantities.get(q).tokens().contains(i);
            if (!inside && isBoundary(tokens.get(i))) {
                clause++;
            }
            clauseOf[i - sentence.from()] = clause;
        }
        return new Clauses(sentence.from(), clauseOf);
    }

    private static boolean isBoundary(Token token) {
        return switch (token.type()) {
            case SYMBOL -> PUNCTUATION.indexOf(token.text().charAt(0)) >= 0;
            case WORD -> CONJUNCTIONS.contains(token.lower());
            case NUMBER -> false;
        };
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
