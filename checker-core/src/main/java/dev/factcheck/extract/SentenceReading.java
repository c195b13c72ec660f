package dev.factcheck.extract;

import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;

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
}
