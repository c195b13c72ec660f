package dev.factcheck.extract;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.Within;
import dev.factcheck.source.TokenRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds each figure of a sentence to the claims whose anchor it belongs to. A figure goes to the claim of the nearest
 * anchor that accepts it, counting a clause boundary between them as {@link #CLAUSE_PENALTY} words: in {@code killed
 * 12 people in the north and 40 in the coastal towns} both counts bind to {@code killed}, and a {@code with} word
 * in each clause tells them apart. Internal.
 */
final class Binder {
    /** The distance, in words, that crossing one clause boundary adds. */
    static final int CLAUSE_PENALTY = 8;

    private final List<Claim> claims;

    Binder(List<Claim> claims) {
        this.claims = List.copyOf(claims);
    }

    /** For each quantity of the sentence, the indexes of the claims it is a mention of. */
    List<List<Integer>> bind(SentenceReading s) {
        List<List<Integer>> bound = new ArrayList<>(s.quantities().size());
        for (ReadQuantity q : s.quantities()) {
            bound.add(bindOne(s, q));
        }
        return bound;
    }

    private List<Integer> bindOne(SentenceReading s, ReadQuantity q) {
        Timing timing = Timing.of(q, s.tokens(), s.sentence());
        List<Integer> nearest = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (Hit anchor : s.hits()) {
            if (anchor.role() != Role.NEAR || !accepts(s, q, anchor, timing)) {
                continue;
            }
            int distance =
                    anchor.distanceTo(q.tokens()) + CLAUSE_PENALTY * s.clauses().between(anchor.tokens(), q.tokens());
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            if (distance == best && !nearest.contains(anchor.claim())) {
                nearest.add(anchor.claim());
            }
        }
        return nearest;
    }

    private boolean accepts(SentenceReading s, ReadQuantity q, Hit anchor, Timing timing) {
        Claim claim = claims.get(anchor.claim());
        Optional<Dimension> dimension = claim.kind().dimension();
        return dimension.isPresent()
                && dimension.get() == q.quantity().dimension()
                && isWithinReach(claim.within(), anchor, q.tokens())
                && fitsTiming(s, q, anchor, timing)
                && hasWith(s, q, anchor.claim())
                && !hasWithout(s, q, anchor.claim());
    }

    private static boolean isWithinReach(Within within, Hit anchor, TokenRange figure) {
        return within.scope() == Within.Scope.SENTENCE || anchor.distanceTo(figure) <= within.words();
    }

    private static boolean fitsTiming(SentenceReading s, ReadQuantity q, Hit anchor, Timing timing) {
        return switch (timing) {
            case LENGTH -> true;
            case FROM_REFERENCE -> anchor.tokens().from() > q.tokens().to();
            case BACK_FROM_EVENT -> anchor.isBefore(q.tokens()) && s.clauses().shareClause(anchor.tokens(), q.tokens());
            case WITHIN -> hasSuperlativeBefore(s, q);
        };
    }

    private static boolean hasSuperlativeBefore(SentenceReading s, ReadQuantity q) {
        int clause = s.clauses().of(q.tokens().from());
        for (int i = q.tokens().from() - 1;
                i >= s.sentence().from() && s.clauses().of(i) == clause;
                i--) {
            if (Timing.isSuperlative(s.tokens().get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A claim with {@code with} words needs one in the figure's clause or window, or bound to this figure. */
    private boolean hasWith(SentenceReading s, ReadQuantity q, int claim) {
        if (claims.get(claim).with().isEmpty()) {
            return true;
        }
        return s.hits().stream()
                .filter(h -> h.claim() == claim && h.role() == Role.WITH)
                .anyMatch(h -> standsBy(s, q, h) || isNearestFigure(s, q, h));
    }

    private boolean hasWithout(SentenceReading s, ReadQuantity q, int claim) {
        return s.hits().stream()
                .filter(h -> h.claim() == claim && h.role() == Role.WITHOUT)
                .anyMatch(h -> s.clauses().shareClause(h.tokens(), q.tokens()));
    }

    /** In the figure's clause, or within the claim's window of words when it has one. */
    private boolean standsBy(SentenceReading s, ReadQuantity q, Hit h) {
        Within within = claims.get(h.claim()).within();
        boolean inWindow = within.scope() == Within.Scope.WORDS && h.distanceTo(q.tokens()) <= within.words();
        return inWindow || s.clauses().shareClause(h.tokens(), q.tokens());
    }

    /** Whether {@code q} is the nearest figure of its dimension to the word {@code h}. */
    private static boolean isNearestFigure(SentenceReading s, ReadQuantity q, Hit h) {
        int own = h.distanceTo(q.tokens());
        return s.quantities().stream()
                .filter(o -> !o.tokens().equals(q.tokens()) && o.quantity().dimension() == q.quantity().dimension())
                .allMatch(o -> h.distanceTo(o.tokens()) > own);
    }
}
