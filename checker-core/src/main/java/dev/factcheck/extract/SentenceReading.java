package dev.factcheck.extract;

import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the binder sees it: its tokens, the quantities read in it, the rule words found in it, its clauses
 * and its parts of speech (tagged when first asked for). Internal.
 */
record SentenceReading(
        List<Token> tokens,
        TokenRange sentence,
        List<ReadQuantity> quantities,
        List<Hit> hits,
        Clauses clauses,
        SentenceTags tags) {
    SentenceReading {
        quantities = List.copyOf(quantities);
        hits = List.copyOf(hits);
    }

    /** Words that open a relative clause: {@code that killed}, {@code miners who were trapped}. */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom");

    /**
     * Whether the anchor stands in the relative clause that opens right after a noun phrase ending at {@code
     * phraseEnd}: {@code 33 miners who were trapped}.
     */
    boolean isInRelativeClauseAfter(int phraseEnd, Hit anchor) {
        int at = anchor.tokens().from();
        return phraseEnd < sentence.to()
                && RELATIVE_PRONOUNS.contains(tokens.get(phraseEnd).lower())
                && at > phraseEnd
                && clauses.of(at) == clauses.of(phraseEnd);
    }
}
