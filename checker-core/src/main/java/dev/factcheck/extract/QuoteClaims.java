package dev.factcheck.extract;

import dev.factcheck.rules.Claim;
import dev.factcheck.rules.QuoteKind;
import dev.factcheck.rules.Term;
import dev.factcheck.source.SourceText;
import dev.factcheck.source.Span;
import dev.factcheck.source.Token;
import dev.factcheck.source.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mentions of quote claims in a source: each quote attributed to the claim's speaker whose words hold one of the
 * claim's {@code near} words (any quote of the speaker when it has none). Quotes are found once per source, and only
 * when some claim is a quote claim. Internal.
 */
final class QuoteClaims {
    private final List<Claim> claims;

    QuoteClaims(List<Claim> claims) {
        this.claims = claims.stream().filter(c -> c.kind() instanceof QuoteKind).toList();
    }

    /** Whether there are no such claims, so that nothing need be looked for. */
    boolean isEmpty() {
        return claims.isEmpty();
    }

    /** The mentions in one source, by claim id; empty when no claim is a quote claim. */
    Map<String, List<Mention>> find(SourceText source, List<Token> tokens) {
        Map<String, List<Mention>> found = new HashMap<>();
        if (claims.isEmpty()) {
            return found;
        }
        for (Quote quote : QuoteFinder.find(source.text(), tokens)) {
            for (Claim claim : claims) {
                if (isOf(claim, quote)) {
                    found.computeIfAbsent(claim.id(), id -> new ArrayList<>())
                            .add(mention(source, quote, speakerOf(claim, quote).orElseThrow()));
                }
            }
        }
        return found;
    }

    private static boolean isOf(Claim claim, Quote quote) {
        return speakerOf(claim, quote).isPresent() && (claim.near().isEmpty() || holdsAny(quote.words(), claim.near()));
    }

    /** The quote's speaker, as named or else as described, when it is the claim's speaker. */
    private static Optional<String> speakerOf(Claim claim, Quote quote) {
        Optional<String> speaker = claim.speaker();
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        return quote.speaker()
                .filter(s -> Speakers.matches(speaker.get(), s))
                .or(() -> quote.description().filter(d -> Speakers.matches(speaker.get(), d)));
    }

    private static boolean holdsAny(String words, List<Term> terms) {
        List<String> lower = Tokenizer.tokenize(words).stream()
                .filter(t -> t.type() != Token.Type.SYMBOL)
                .map(Token::lower)
                .toList();
        return terms.stream().anyMatch(term -> holds(lower, term));
    }

    private static boolean holds(List<String> words, Term term) {
        for (int i = 0; i + term.words().size() <= words.size(); i++) {
            int w = 0;
            while (w < term.words().size() && term.matchesWord(w, words.get(i + w))) {
                w++;
            }
            if (w == term.words().size()) {
                return true;
            }
        }
        return false;
    }

    private static Mention mention(SourceText source, Quote quote, String speaker) {
        Span first = quote.parts().get(0);
        return new Mention(
                source.path(),
                source.position(first.start()),
                quote.words(),
                new Quoted(quote.words(), speaker),
                source.lineAt(first.start()));
    }
}
