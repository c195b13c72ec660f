package dev.factcheck.extract;

import dev.factcheck.quantity.Dimension;
import dev.factcheck.quantity.ReadQuantity;
import dev.factcheck.rules.Claim;
import dev.factcheck.rules.Within;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Binds each figure of a sentence to the claims whose anchor it belongs to. A figure goes to the claim of the nearest
 * anchor that accepts it, counting a clause boundary between them as {@link #CLAUSE_PENALTY} words: in {@code killed
 * 12 people in the north and 40 in the coastal towns} both counts bind to {@code killed}, and a {@code with} word
 * in each clause tells them apart. Internal.
 */
final class Binder {
    /** The distance, in words, that crossing one clause boundary adds. */
    static final int CLAUSE_PENALTY = 8;

    /** How many words after a figure its own verb may stand: {@code 381 people were killed}. */
    private static final int OWN_PREDICATE_REACH = 4;

    private static final Set<String> AUXILIARIES =
            Set.of("was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "may", "might");

    /** Words after a figure that are not a noun of its own. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "in",
            "on",
            "at",
            "of",
            "to",
            "for",
            "from",
            "by",
            "with",
            "and",
            "or",
            "but",
            "as",
            "than",
            "into",
            "across",
            "since",
            "during",
            "after",
            "before",
            "while",
            "more",
            "others",
            "other",
            "each",
            "apiece",
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "north-east",
            "north-west",
            "south-east",
            "south-west",
            "away",
            "off",
            "inside",
            "outside",
            "below",
            "above",
            "under",
            "deep",
            "long",
            "wide",
            "high",
            "tall",
            "down",
            "up",
            "ago",
            "later",
            "earlier");

    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "on", "at", "from", "into", "through", "across", "for", "with", "by", "over", "under", "near",
            "during", "to", "toward", "towards", "inside", "outside", "around", "along", "among", "between");

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
        return Subordinates.giveWay(s, bound);
    }

    private List<Integer> bindOne(SentenceReading s, ReadQuantity q) {
        if (isDateline(s, q)) {
            return List.of();
        }
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
        return claim.accepts(q.quantity())
                && isWithinReach(claim.within(), anchor, q.tokens())
                && fitsModifier(q, anchor)
                && !isBehindPreposition(s, q, anchor)
                && (s.clauses().shareClause(anchor.tokens(), q.tokens())
                        || mayReachOut(s, q)
                        || isReference(s, q, anchor, timing)
                        || isAntecedent(s, q, anchor)
                        || isInRelativeClauseOf(s, q, anchor))
                && !isAnotherVerbsObject(s, q, anchor)
                && fitsTiming(s, q, anchor, timing)
                && hasWith(s, q, anchor.claim())
                && !hasWithout(s, q, anchor.claim());
    }

    /**
     * Whether the figure is the date of a dateline, which dates the report, not what it reports: {@code VAREN, March
     * 10, 2025 — At least 31 people died ...}: after a place in capitals at the start of the sentence, before a dash.
     */
    private static boolean isDateline(SentenceReading s, ReadQuantity q) {
        int after = q.tokens().to();
        if (q.quantity().dimension() != Dimension.DATE
                || after >= s.sentence().to()
                || !(s.tokens().get(after).isSymbol('—')
                        || s.tokens().get(after).isSymbol('–'))) {
            return false;
        }
        boolean place = false;
        for (int i = s.sentence().from(); i < q.tokens().from(); i++) {
            Token t = s.tokens().get(i);
            boolean capitals = t.type() == Token.Type.WORD
                    && t.text().length() > 1
                    && t.text().equals(t.text().toUpperCase(Locale.ROOT));
            if (!capitals && !t.isSymbol(',')) {
                return false;
            }
            place |= capitals;
        }
        return place;
    }

    /**
     * Whether the anchor is the noun that the figure's relative clause describes: {@code Hurricane Andrew, which hit
     * South Florida in 1992}.
     */
    private static boolean isAntecedent(SentenceReading s, ReadQuantity q, Hit anchor) {
        int clause = s.clauses().of(q.tokens().from());
        int start = q.tokens().from();
        while (start > s.sentence().from() && s.clauses().of(start - 1) == clause) {
            start--;
        }
        int before = start - 1;
        if (before >= s.sentence().from() && s.tokens().get(before).isSymbol(',')) {
            before--;
        }
        return SentenceReading.RELATIVE_PRONOUNS.contains(s.tokens().get(start).lower())
                && anchor.tokens().to() == before + 1;
    }

    /** Whether the anchor is in the relative clause of the figure's noun: {@code 33 miners who were trapped}. */
    private static boolean isInRelativeClauseOf(SentenceReading s, ReadQuantity q, Hit anchor) {
        int end = s.tags().nounPhraseEnd(q.tokens().to());
        return end > q.tokens().to() && s.isInRelativeClauseAfter(end, anchor);
    }

    /**
     * Whether the anchor before the figure has a figure of its own in its clause, with another verb after it that the
     * figure belongs to: {@code a quake that killed 381 people left 7,000 rescuers digging}, {@code killed 381 and injured 1,900}.
     */
    private static boolean isAnotherVerbsObject(SentenceReading s, ReadQuantity q, Hit anchor) {
        if (!anchor.isBefore(q.tokens())) {
            return false;
        }
        for (ReadQuantity own : s.quantities()) {
            boolean between = own.tokens().from() >= anchor.tokens().to()
                    && own.tokens().to() <= q.tokens().from();
            if (between
                    && own.quantity().dimension() == q.quantity().dimension()
                    && s.clauses().shareClause(own.tokens(), anchor.tokens())
                    && hasVerbBetween(s, own.tokens().to(), q.tokens().from())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerbBetween(SentenceReading s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.tags().at(i) == PartOfSpeech.VERB && s.tags().isVerb(i)) {
                return true;
            }
        }
        return false;
    }

    /** The clause that {@code after}, {@code before} or {@code since} opens right after a duration is its frame. */
    private static boolean isReference(SentenceReading s, ReadQuantity q, Hit anchor, Timing timing) {
        return timing == Timing.FROM_REFERENCE
                && anchor.isAfter(q.tokens())
                && s.clauses().of(anchor.tokens().from())
                        == s.clauses().of(q.tokens().to());
    }

    private static boolean isWithinReach(Within within, Hit anchor, TokenRange figure) {
        return within.scope() == Within.Scope.SENTENCE || anchor.distanceTo(figure) <= within.words();
    }

    /** A figure glued to a word ({@code two-story}) counts that word's things: only an anchor on it takes it. */
    private static boolean fitsModifier(ReadQuantity q, Hit anchor) {
        return q.modifies().map(word -> anchor.tokens().contains(word)).orElse(true);
    }

    /**
     * An anchor after a count, behind a preposition, belongs to another phrase: in {@code 7,000 rescuers dug through
     * shattered homes} the figure counts rescuers, not homes. {@code of} is no barrier: {@code 23,000 of his citizens
     * dead}. Measures modify the noun after them whatever stands between: {@code a 55-minute face to face meeting}. A
     * verb is no phrase of a preposition: in {@code 2,500 people missing after the fire have been accounted for} the
     * count is the verb's subject; but the verb of a relative clause is its noun's ({@code survivors of a quake that
     * killed 381}).
     */
    private static boolean isBehindPreposition(SentenceReading s, ReadQuantity q, Hit anchor) {
        if (q.quantity().dimension() != Dimension.NUMBER || !anchor.isAfter(q.tokens())) {
            return false;
        }
        boolean preposition = false;
        for (int i = q.tokens().to(); i < anchor.tokens().from() && !preposition; i++) {
            preposition = PREPOSITIONS.contains(s.tokens().get(i).lower());
        }
        // tags only where a preposition stands between: most sentences never need them
        return preposition
                && !(s.tags().isVerb(anchor.tokens().from())
                        && !isRelativeClauseVerb(s, anchor.tokens().from()));
    }

    /** Whether the verb at {@code i} opens a relative clause: {@code that killed}, {@code which was destroyed}. */
    private static boolean isRelativeClauseVerb(SentenceReading s, int i) {
        int before = i - 1;
        while (before > s.sentence().from() && s.tags().at(before) == PartOfSpeech.AUX) {
            before--;
        }
        return before >= s.sentence().from()
                && SentenceReading.RELATIVE_PRONOUNS.contains(
                        s.tokens().get(before).lower());
    }

    /**
     * Whether a figure may bind to an anchor outside its clause: only a figure that leans on another clause, as {@code
     * 40} in {@code killed 12 in the north and 40 in the coastal towns} or {@code 2008} in {@code In 2008, a quake
     * killed ...}; not one with a noun of its own ({@code 300 police officers}) or a verb of its own ({@code three were
     * missing}, {@code while surge losses are $6 billion}).
     */
    private static boolean mayReachOut(SentenceReading s, ReadQuantity q) {
        int next = q.tokens().to();
        boolean ownNoun = next < s.sentence().to()
                && s.tokens().get(next).type() == Token.Type.WORD
                && !FUNCTION_WORDS.contains(s.tokens().get(next).lower());
        return !ownNoun && !hasOwnPredicate(s, q) && !hasOwnVerb(s, q);
    }

    /**
     * Whether a verb stands in the figure's clause: then the clause is a whole one, and the figure is its own. A
     * participle right after a comma or bracket opens a phrase that describes what stands before it ({@code The boys,
     * aged 11 to 16, and their coach}), not a clause of its own; nor is one right before an age ({@code a woman aged
     * 94}) a verb of its own.
     */
    private static boolean hasOwnVerb(SentenceReading s, ReadQuantity q) {
        int clause = s.clauses().of(q.tokens().from());
        for (int i = s.sentence().from(); i < s.sentence().to(); i++) {
            if (s.clauses().of(i) == clause
                    && !q.tokens().contains(i)
                    && s.tags().isVerb(i)
                    && !isParticipleAfterPunctuation(s, i)
                    && !(i == q.tokens().from() - 1 && q.quantity().dimension() == Dimension.AGE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParticipleAfterPunctuation(SentenceReading s, int i) {
        return i > s.sentence().from()
                && s.tags().at(i) == PartOfSpeech.VERB
                && s.tokens().get(i - 1).type() == Token.Type.SYMBOL;
    }

    /**
     * Whether the figure is the subject of a verb of its own, as in {@code three were missing}: then it belongs to an
     * anchor of its own clause, not to one in the clause before.
     */
    private static boolean hasOwnPredicate(SentenceReading s, ReadQuantity q) {
        int clause = s.clauses().of(q.tokens().from());
        int end = Math.min(s.sentence().to(), q.tokens().to() + OWN_PREDICATE_REACH);
        for (int i = q.tokens().to(); i < end && s.clauses().of(i) == clause; i++) {
            if (AUXILIARIES.contains(s.tokens().get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean fitsTiming(SentenceReading s, ReadQuantity q, Hit anchor, Timing timing) {
        return switch (timing) {
            case LENGTH -> true;
            case FROM_REFERENCE -> anchor.tokens().from() > q.tokens().to();
            case BACK_FROM_EVENT ->
                anchor.isBefore(q.tokens())
                        && s.clauses().shareClause(anchor.tokens(), q.tokens())
                        && !Timing.isEventVerb(s.tokens(), anchor.tokens());
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

    /** A {@code without} word rules out the figure of its clause (or of the whole sentence, in a lead phrase) and the
     * figure nearest to it. */
    private boolean hasWithout(SentenceReading s, ReadQuantity q, int claim) {
        return s.hits().stream()
                .filter(h -> h.claim() == claim && h.role() == Role.WITHOUT)
                .anyMatch(h -> inScope(s, q, h) || isNearestFigure(s, q, h));
    }

    /**
     * In the figure's clause, or in the lead phrases before it that scope over the rest of the sentence ({@code In
     * 2008, a quake killed ...}): the clauses before the figure's, when none of them holds a figure of its dimension.
     */
    private static boolean inScope(SentenceReading s, ReadQuantity q, Hit h) {
        if (s.clauses().shareClause(h.tokens(), q.tokens())) {
            return true;
        }
        int own = s.clauses().of(q.tokens().from());
        int lead = s.clauses().of(h.tokens().to() - 1);
        return lead < own
                && s.quantities().stream()
                        .noneMatch(o -> o.quantity().dimension() == q.quantity().dimension()
                                && s.clauses().of(o.tokens().from()) < own);
    }

    /** In the figure's clause, or within the claim's window of words when it has one. */
    private boolean standsBy(SentenceReading s, ReadQuantity q, Hit h) {
        Within within = claims.get(h.claim()).within();
        boolean inWindow = within.scope() == Within.Scope.WORDS && h.distanceTo(q.tokens()) <= within.words();
        return inWindow || inScope(s, q, h);
    }

    /**
     * Whether {@code q} is the figure of its dimension nearest to the word {@code h}, and no other such figure stands
     * in the word's own clause (there the word belongs to that figure).
     */
    private static boolean isNearestFigure(SentenceReading s, ReadQuantity q, Hit h) {
        int own = h.distanceTo(q.tokens());
        return s.quantities().stream()
                .filter(o -> !o.tokens().equals(q.tokens())
                        && o.quantity().dimension() == q.quantity().dimension())
                .allMatch(o -> h.distanceTo(o.tokens()) > own && !s.clauses().shareClause(h.tokens(), o.tokens()));
    }
}
