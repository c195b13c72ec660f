package dev.factcheck.extract;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.factcheck.rules.Claim;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code pattern} anchors of all claims joined into one RE2 alternation, run once over each sentence that holds a
 * figure. RE2 matches in time linear in the text, so no pattern can backtrack. Where two claims' patterns match the same
 * words, the first claim's wins. Where every pattern starts with a literal ({@code volunteer} in {@code
 * volunteer(s|ed)?}), a sentence that holds none of them is passed over without running RE2. Internal.
 */
final class PatternAnchors {
    private final Optional<Pattern> joined;
    private final List<Integer> claimOfGroup;
    private final List<String> literals;
    private final LiteralScan mayMatch;

    PatternAnchors(List<Claim> claims) {
        List<String> parts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        for (int c = 0; c < claims.size(); c++) {
            Optional<Pattern> own = claims.get(c).pattern();
            if (own.isPresent()) {
                parts.add("(?P<c" + owners.size() + ">" + own.get().pattern() + ")");
                owners.add(c);
                starts.add(PatternLiteral.leading(own.get().pattern()).orElse(""));
            }
        }
        this.literals = List.copyOf(starts);
        this.mayMatch = LiteralScan.of(this.literals.stream()
                .map(l -> new LiteralScan.Literal(l, LiteralScan.Bounds.ANYWHERE))
                .toList());
        this.joined = parts.isEmpty()
                ? Optional.empty()
                : Optional.of(Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE));
        this.claimOfGroup = List.copyOf(owners);
    }

    /**
     * Every pattern match in one sentence as a near-anchor on the tokens it covers, in text order. Run only on the
     * sentences that hold a figure, so a source without any costs nothing here.
     */
    List<Hit> find(CharSequence text, List<Token> tokens, TokenRange sentence) {
        if (joined.isEmpty() || sentence.size() == 0) {
            return List.of();
        }
        int base = tokens.get(sentence.from()).start();
        int end = tokens.get(sentence.to() - 1).end();
        if (!mayMatch.holdsAny(text, base, end)) {
            return List.of();
        }
        CharSequence words = text.subSequence(base, end);
        List<Hit> hits = new ArrayList<>();
        Matcher m = joined.get().matcher(words);
        while (m.find()) {
            if (m.end() > m.start()) {
                toTokens(tokens, base + m.start(), base + m.end())
                        .ifPresent(r -> hits.add(new Hit(owner(m), Role.NEAR, r)));
            }
        }
        return hits;
    }

    /**
     * A literal that every match of some pattern holds, for each pattern, in claim order: its leading literal, or the
     * empty string when it has none, which {@link LiteralScan} takes as "anything may match".
     */
    List<String> literals() {
        return literals;
    }

    private int owner(Matcher m) {
        for (int g = 0; g < claimOfGroup.size(); g++) {
            if (m.group("c" + g) != null) {
                return claimOfGroup.get(g);
            }
        }
        throw new IllegalStateException("a match of no claim's pattern");
    }

    /** The tokens a match covers, found by binary search on token offsets. */
    private static Optional<TokenRange> toTokens(List<Token> tokens, int start, int end) {
        int from = firstEndingAfter(tokens, start);
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < end) {
            to++;
        }
        return to > from ? Optional.of(new TokenRange(from, to)) : Optional.empty();
    }

    private static int firstEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
