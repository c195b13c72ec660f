package dev.factcheck.extract;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a length of time from an expression of when: {@code two days after X}, {@code two days earlier}, {@code six
 * years ago}, {@code in six years}. Such an expression measures the time between two events, so it is a mention only
 * of a claim whose anchor names that interval's frame: an anchor in X for {@code after X}; an anchor in the same
 * clause just before it for {@code ago} ({@code missing a week ago}); a superlative before it for {@code in}
 * ({@code the strongest in 14 years}). Internal.
 */
enum Timing {
    /** A plain length: {@code a 55-minute meeting}. */
    LENGTH,
    /** {@code N after X}, {@code N before X}, {@code N since X}: the time from X. */
    FROM_REFERENCE,
    /** {@code N ago}, {@code N earlier}, {@code N later}: the time back from the clause's own event. */
    BACK_FROM_EVENT,
    /** {@code in N}, {@code within N}: when something happens, or, after a superlative, the time since the last time. */
    WITHIN;

    private static final Set<String> REFERENCE_MARKERS = Set.of("after", "before", "since", "following");
    private static final Set<String> BACK_MARKERS =
            Set.of("ago", "earlier", "later", "previously", "back", "afterwards", "afterward", "beforehand", "prior");
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "met", "came", "went", "began", "held", "left", "took", "made", "saw", "struck", "fled", "fell", "rose",
            "hit", "found", "lost", "won", "sank", "broke", "ran", "spoke", "told", "said", "gave", "got", "became",
            "brought", "built", "bought", "caught", "drove", "fought", "flew", "grew", "led", "paid", "sold", "sent",
            "shot", "stood", "threw", "wrote", "spread", "sought", "arrived", "died", "opened", "started", "ended");
    private static final Set<String> AUXILIARIES = Set.of(
            "was", "were", "been", "is", "are", "be", "being", "got", "get", "went", "gone", "going", "remained");
    private static final Set<String> SUPERLATIVES = Set.of("most", "least", "first", "worst", "best", "last");
    private static final Pattern SUPERLATIVE = Pattern.compile("[a-z]{2,}(?:est|iest)");
    private static final Set<String> NOT_SUPERLATIVES = Set.of(
            "interest",
            "forest",
            "protest",
            "request",
            "arrest",
            "suggest",
            "honest",
            "modest",
            "harvest",
            "contest",
            "invest",
            "manifest",
            "digest",
            "priest",
            "conquest",
            "unrest",
            "inquest",
            "behest",
            "attest",
            "detest");

    /** How the duration {@code q} stands in its sentence. */
    static Timing of(ReadQuantity q, List<Token> tokens, TokenRange sentence) {
        if (q.quantity().dimension() != Dimension.DURATION) {
            return LENGTH;
        }
        int after = q.tokens().to();
        if (after < sentence.to() && tokens.get(after).type() == Token.Type.WORD) {
            String word = tokens.get(after).lower();
            if (REFERENCE_MARKERS.contains(word) && after + 1 < sentence.to() && !endsClause(tokens.get(after + 1))) {
                return FROM_REFERENCE;
            }
            if (BACK_MARKERS.contains(word) || REFERENCE_MARKERS.contains(word)) {
                return BACK_FROM_EVENT;
            }
        }
        int before = q.tokens().from() - 1;
        boolean within = before >= sentence.from()
                && (tokens.get(before).isWord("in") || tokens.get(before).isWord("within"));
        return within ? WITHIN : LENGTH;
    }

    private static boolean endsClause(Token token) {
        return token.type() == Token.Type.SYMBOL
                && ",.;:!?)—–".indexOf(token.text().charAt(0)) >= 0;
    }

    /**
     * Whether an anchor is a verb in the simple past, an event that {@code N ago} dates ({@code last met three years
     * ago}) rather than a state whose length it gives ({@code went missing a week ago}, {@code were trapped two weeks
     * ago}): an irregular past or an {@code -ed} form with no auxiliary before it.
     */
    static boolean isEventVerb(List<Token> tokens, TokenRange anchor) {
        String word = tokens.get(anchor.to() - 1).lower();
        boolean past = IRREGULAR_PAST.contains(word) || (word.endsWith("ed") && word.length() > 4);
        int before = anchor.from() - 1;
        boolean auxiliary =
                before >= 0 && AUXILIARIES.contains(tokens.get(before).lower());
        return past && !auxiliary;
    }

    /** Whether {@code word} (lower case) is a superlative such as {@code strongest} or {@code first}. */
    static boolean isSuperlative(String word) {
        return SUPERLATIVES.contains(word) || (SUPERLATIVE.matcher(word).matches() && !NOT_SUPERLATIVES.contains(word));
    }
}
