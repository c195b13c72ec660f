package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ages given by decade: {@code in his eighties}, {@code in her early 30s}, {@code in their late twenties}, as the years
 * they cover ({@code [80, 89]}; early, mid and late take a third each). Internal.
 */
final class Decades {
    /** Shapes of digit runs, compiled once: {@link String#matches} would compile them on every call. */
    private static final Pattern DECADE = Pattern.compile("[1-9]0");

    private static final Set<String> OWNERS = Set.of("his", "her", "their", "its");
    private static final Map<String, Integer> WORDS = Map.of(
            "teens",
            13,
            "twenties",
            20,
            "thirties",
            30,
            "forties",
            40,
            "fifties",
            50,
            "sixties",
            60,
            "seventies",
            70,
            "eighties",
            80,
            "nineties",
            90);

    private Decades() {}

    /** The age that starts at token {@code i}, the word {@code in}. */
    static Optional<Bounds> read(List<Token> tokens, int i, TokenRange range) {
        if (!tokens.get(i).isWord("in")
                || i + 2 >= range.to()
                || !OWNERS.contains(tokens.get(i + 1).lower())) {
            return Optional.empty();
        }
        int at = i + 2;
        String part = tokens.get(at).lower();
        boolean qualified = part.equals("early") || part.equals("mid") || part.equals("late");
        if (qualified) {
            at = Figure.unitIndex(tokens, at + 1, range.to());
        }
        if (at >= range.to()) {
            return Optional.empty();
        }
        int decadeEnd = at + 1;
        Optional<Integer> start = decade(tokens, at, range);
        if (start.isPresent() && tokens.get(at).type() == Token.Type.NUMBER) {
            decadeEnd = at + 2;
        }
        int end = decadeEnd;
        return start.map(s -> age(s, qualified ? part : "", i, end));
    }

    private static Optional<Integer> decade(List<Token> tokens, int at, TokenRange range) {
        Token token = tokens.get(at);
        if (token.type() == Token.Type.WORD) {
            return Optional.ofNullable(WORDS.get(token.lower()));
        }
        boolean plural = DECADE.matcher(token.text()).matches()
                && at + 1 < range.to()
                && tokens.get(at + 1).isGlued()
                && tokens.get(at + 1).lower().equals("s");
        return plural ? Optional.of(Integer.parseInt(token.text())) : Optional.empty();
    }

    private static Bounds age(int start, String part, int from, int to) {
        int last = start == 13 ? 19 : start + 9;
        double low = switch (part) {
            case "mid" -> start + 3;
            case "late" -> start + 7;
            default -> start;
        };
        double high = switch (part) {
            case "early" -> start + 3;
            case "mid" -> start + 6;
            default -> last;
        };
        return new Bounds(Dimension.AGE, low, high, Optional.empty(), from, to, false);
    }
}
