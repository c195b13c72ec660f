package dev.factcheck.extract;

import dev.factcheck.rules.Claim;
import dev.factcheck.rules.Term;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every {@code near}, {@code with} and {@code without} term of every claim, indexed by first word so that one look-up
 * per token finds them all, whatever the number of claims. Terms whose only word is open ({@code kill*}) are tried on
 * every word. Internal.
 */
final class AnchorIndex {
    private record Entry(int claim, Role role, Term term) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final List<Entry> openFirstWords = new ArrayList<>();

    AnchorIndex(List<Claim> claims) {
        for (int c = 0; c < claims.size(); c++) {
            add(c, Role.NEAR, claims.get(c).near());
            add(c, Role.WITH, claims.get(c).with());
            add(c, Role.WITHOUT, claims.get(c).without());
        }
    }

    private void add(int claim, Role role, List<Term> terms) {
        for (Term term : terms) {
            Entry entry = new Entry(claim, role, term);
            if (term.open() && term.words().size() == 1) {
                openFirstWords.add(entry);
            } else {
                byFirstWord
                        .computeIfAbsent(term.words().get(0), w -> new ArrayList<>())
                        .add(entry);
            }
        }
    }

    /** Every term found in the sentence, in token order. */
    List<Hit> find(List<Token> tokens, TokenRange sentence) {
        List<Hit> hits = new ArrayList<>();
        for (int i = sentence.from(); i < sentence.to(); i++) {
            if (tokens.get(i).type() == Token.Type.SYMBOL) {
                continue;
            }
            String word = wordOf(tokens.get(i));
            for (Entry e : byFirstWord.getOrDefault(word, List.of())) {
                addIfMatches(hits, e, tokens, i, sentence);
            }
            for (Entry e : openFirstWords) {
                addIfMatches(hits, e, tokens, i, sentence);
            }
        }
        return hits;
    }

    private static void addIfMatches(List<Hit> hits, Entry e, List<Token> tokens, int i, TokenRange sentence) {
        int end = matchEnd(e.term(), tokens, i, sentence.to());
        if (end > i && !isPartOfName(e.term(), tokens, i, sentence)) {
            hits.add(new Hit(e.claim(), e.role(), new TokenRange(i, end)));
        }
    }

    /**
     * Whether a term written in lower case ({@code states}) matched a word that ends a name ({@code the United States}):
     * a capital after a capitalized word within a sentence that is not set in title case.
     */
    private static boolean isPartOfName(Term term, List<Token> tokens, int i, TokenRange sentence) {
        if (i - 1 <= sentence.from()
                || !tokens.get(i).isCapitalized()
                || !tokens.get(i - 1).isCapitalized()
                || !term.text().equals(term.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int balance = 0; // capitalized words minus the others: below zero, the sentence is not set in title case
        for (Token t : tokens.subList(sentence.from(), sentence.to())) {
            if (t.type() == Token.Type.WORD) {
                balance += t.isCapitalized() ? 1 : -1;
            }
        }
        return balance < 0;
    }

    /** The index after the term's last word when the term starts at {@code i}, else {@code i}; hyphens are skipped. */
    private static int matchEnd(Term term, List<Token> tokens, int i, int end) {
        int at = i;
        for (int w = 0; w < term.words().size(); w++) {
            while (w > 0 && at < end && tokens.get(at).isSymbol('-')) {
                at++;
            }
            if (at >= end || !term.matchesWord(w, wordOf(tokens.get(at)))) {
                return i;
            }
            at++;
        }
        return at;
    }

    /** A token's lower-case text without a possessive ending, so that {@code Harper's} matches {@code harper}. */
    private static String wordOf(Token token) {
        String lower = token.lower();
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower;
    }
}
