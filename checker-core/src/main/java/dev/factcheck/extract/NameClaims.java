package dev.factcheck.extract;

import dev.factcheck.rules.Claim;
import dev.factcheck.rules.NameKind;
import dev.factcheck.source.SourceText;
import dev.factcheck.source.Span;
import dev.factcheck.source.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mentions of name claims in a source: every place where a listed form of the name stands, and every capitalized
 * run of words that nearly spells one. Longer forms are tried first, so {@code Stephen Harper} is one mention, not
 * two. Internal.
 */
final class NameClaims {
    private record Listed(Claim claim, List<NameForms> forms) {}

    private final List<Listed> claims;

    NameClaims(List<Claim> claims) {
        this.claims = claims.stream()
                .filter(c -> c.kind() instanceof NameKind)
                .map(c -> new Listed(c, forms(c)))
                .toList();
    }

    private static List<NameForms> forms(Claim claim) {
        return claim.variants().stream()
                .map(NameForms::new)
                .filter(f -> !f.isEmpty())
                .sorted((a, b) -> b.size() - a.size())
                .toList();
    }

    /** Whether there are no such claims, so that nothing need be looked for. */
    boolean isEmpty() {
        return claims.isEmpty();
    }

    /** The mentions in one source, by claim id; empty when no claim is a name claim. */
    Map<String, List<Mention>> find(SourceText source, List<Token> tokens) {
        Map<String, List<Mention>> found = new HashMap<>();
        for (Listed listed : claims) {
            List<Mention> mentions = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                Optional<Match> match = matchAt(listed, tokens, i);
                match.ifPresent(m -> mentions.add(mention(source, tokens, m)));
                i = match.map(Match::end).orElse(i + 1);
            }
            found.put(listed.claim().id(), mentions);
        }
        return found;
    }

    private record Match(int start, int end, NameForms form, Named.Spelling spelling) {}

    private static Optional<Match> matchAt(Listed listed, List<Token> tokens, int i) {
        if (tokens.get(i).type() != Token.Type.WORD) {
            return Optional.empty();
        }
        for (NameForms form : listed.forms()) {
            int end = wordsEnd(tokens, i, form.size());
            if (end < 0) {
                continue;
            }
            List<String> words = words(tokens, i, end);
            boolean capitalized = tokens.get(i).isCapitalized();
            Optional<Named.Spelling> spelling =
                    form.compare(words).filter(s -> s == Named.Spelling.LISTED || capitalized);
            if (spelling.isPresent()) {
                return Optional.of(new Match(i, end, form, spelling.get()));
            }
        }
        return Optional.empty();
    }

    /** The index after {@code count} words from {@code i}, skipping periods and hyphens; -1 when there are fewer. */
    private static int wordsEnd(List<Token> tokens, int i, int count) {
        int at = i;
        int taken = 0;
        while (at < tokens.size() && taken < count) {
            Token t = tokens.get(at);
            if (t.type() != Token.Type.SYMBOL) {
                taken++;
            } else if (!t.isSymbol('.') && !t.isSymbol('-')) {
                return -1;
            }
            at++;
        }
        return taken == count ? at : -1;
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream()
                .filter(t -> t.type() != Token.Type.SYMBOL)
                .map(t -> possessiveless(t.lower()))
                .toList();
    }

    private static String possessiveless(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    private static Mention mention(SourceText source, List<Token> tokens, Match match) {
        Span span = new Span(
                tokens.get(match.start()).start(), tokens.get(match.end() - 1).end());
        return new Mention(
                source.path(),
                source.position(span.start()),
                source.slice(span),
                new Named(match.form().written(), match.spelling()),
                source.lineAt(span.start()));
    }
}
