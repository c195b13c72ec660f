package dev.factcheck.quantity;

import dev.factcheck.source.Span;
import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import dev.factcheck.source.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads every quantity in English prose: numbers in digits or words, with scales ({@code 1.2 million}), hedges
 * ({@code at least}, {@code close to}), units of time ({@code 55-minute}, {@code a year and a half}), and marks what is
 * not a count (percentages, money, ordinals, years, ages). Stateless and thread-safe; linear in the text.
 */
public final class QuantityReader {
    private static final QuantityReader ENGLISH = new QuantityReader();

    private QuantityReader() {}

    /** The reader for English news prose. */
    public static QuantityReader english() {
        return ENGLISH;
    }

    /** Every quantity in {@code text}, in order, with spans relative to {@code text}. */
    public List<Quantity> read(CharSequence text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return read(tokens, new TokenRange(0, tokens.size()), sourceYear(tokens)).stream()
                .map(ReadQuantity::quantity)
                .toList();
    }

    /**
     * Every quantity within {@code range} of {@code tokens} (a sentence), in order; a date without a year takes
     * {@code sourceYear}.
     */
    public List<ReadQuantity> read(List<Token> tokens, TokenRange range, OptionalInt sourceYear) {
        List<ReadQuantity> found = new ArrayList<>();
        int i = range.from();
        while (i < range.to()) {
            Optional<ReadQuantity> read = readAt(tokens, i, range, sourceYear);
            if (read.isPresent()) {
                found.add(read.get());
                i = read.get().tokens().to();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The year of a source: the first year it names, for the dates that do not say theirs. */
    public static OptionalInt sourceYear(List<Token> tokens) {
        for (Token token : tokens) {
            if (Dates.isYear(token)) {
                return OptionalInt.of(Integer.parseInt(token.text()));
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Whether {@code text} may name a year between {@code from} and {@code to}: four ASCII digits in a row, the first
     * a 1 or a 2, as every year {@link #sourceYear} takes is written. Lets a reader tokenize only the paragraphs that
     * may.
     */
    public static boolean mayNameYear(CharSequence text, int from, int to) {
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                digits = 0;
            } else if (++digits == 4 && text.charAt(i - 3) <= '2' && text.charAt(i - 3) >= '1') {
                return true;
            }
        }
        return false;
    }

    private Optional<ReadQuantity> readAt(List<Token> tokens, int i, TokenRange range, OptionalInt sourceYear) {
        if (!QuantityStarts.canStart(tokens.get(i))
                || isInsideCompound(tokens, i, range)
                || isDollarYear(tokens, i, range)) {
            return Optional.empty();
        }
        // a clock time is read before identifiers, since its hour may have a leading zero ('06:12', '0830 UTC')
        Optional<Bounds> clock = Clock.read(tokens, i, range);
        if (clock.isEmpty() && Identifiers.isIdentifier(tokens, i, range)) {
            return Optional.empty();
        }
        return clock.or(() -> RaceTimes.read(tokens, i, range))
                .or(() -> Dates.read(tokens, i, range, sourceYear))
                .or(() -> Decades.read(tokens, i, range))
                .or(() -> Ratios.read(tokens, i, range))
                .or(() -> Vague.read(tokens, i, range))
                .or(() -> Ordinals.read(tokens, i, range))
                .or(() -> Amount.read(tokens, i, range.to())
                        .flatMap(amount -> Figure.read(tokens, amount, range))
                        .map(figure -> Ranges.extend(tokens, figure, range)))
                .map(bounds -> hedged(tokens, bounds, range));
    }

    /**
     * A figure glued by a hyphen to a word before it is part of a name ({@code P5-plus-one}, {@code COVID-19}), unless
     * the word is its scale ({@code magnitude-6.1}) or the part of a month ({@code mid-June}).
     */
    private static boolean isInsideCompound(List<Token> tokens, int i, TokenRange range) {
        boolean hyphenated = i - 2 >= range.from()
                && tokens.get(i).isGlued()
                && tokens.get(i - 1).isSymbol('-')
                && tokens.get(i - 1).isGlued()
                && tokens.get(i - 2).type() == Token.Type.WORD
                && !tokens.get(i - 2).isWord(Magnitude.UNIT)
                && !tokens.get(i - 2).isWord("mid");
        return hyphenated;
    }

    /**
     * A year before a currency word after {@code in} ({@code $55.7 billion in 2022 dollars}) names the year whose money
     * an amount is counted in: neither an amount nor a date of the story.
     */
    private static boolean isDollarYear(List<Token> tokens, int i, TokenRange range) {
        return i > range.from()
                && i + 1 < range.to()
                && tokens.get(i - 1).isWord("in")
                && Dates.isYear(tokens.get(i))
                && Currencies.after(tokens.get(i + 1)).isPresent();
    }

    private static ReadQuantity hedged(List<Token> tokens, Bounds figure, TokenRange range) {
        HedgeLexicon.Found before = HedgeLexicon.before(tokens, range.from(), figure.from());
        HedgeLexicon.Found after = before.hedge() == Hedge.EXACT
                ? HedgeLexicon.after(tokens, figure.to(), range.to())
                : new HedgeLexicon.Found(Hedge.EXACT, figure.to());
        Hedge written = before.hedge() == Hedge.EXACT ? after.hedge() : before.hedge();
        Hedge hedge =
                written == Hedge.EXACT && Amount.isCouple(tokens, figure.from(), range.to()) ? Hedge.ABOUT : written;
        Interval interval = hedge.apply(figure.low(), figure.high(), figure.dimension());
        Span whole = new Span(
                tokens.get(before.index()).start(),
                tokens.get(after.index() - 1).end());
        Span own = new Span(
                tokens.get(figure.from()).start(), tokens.get(figure.to() - 1).end());
        OptionalDouble value = figure.range() ? OptionalDouble.empty() : OptionalDouble.of(figure.low());
        Optional<String> unit = figure.unit().or(() -> figure.dimension().unit());
        Writing writing = hedge == Hedge.EXACT
                ? new Writing(figure.unitSize(), figure.unitSize() * lastDigitStep(tokens, figure) / 2)
                : new Writing(figure.unitSize(), 0);
        Quantity quantity = new Quantity(figure.dimension(), value, interval, unit, writing, whole, own);
        return new ReadQuantity(
                quantity, new TokenRange(before.index(), after.index()), modified(tokens, figure.to(), range));
    }

    /**
     * The step of the last significant digit of the figure's first number, in written units: 1 for {@code 6}, 0.1 for
     * {@code 6.1}, 1,000 for {@code 476,000} and a billion for {@code 3 billion}, since a round figure is only as
     * precise as its last digit that is not a zero.
     */
    private static double lastDigitStep(List<Token> tokens, Bounds figure) {
        for (int i = figure.from(); i < figure.to(); i++) {
            if (tokens.get(i).type() == Token.Type.NUMBER) {
                return digitStep(tokens.get(i).text()) * scaleOf(tokens.get(i).text(), figure);
            }
        }
        return 1;
    }

    private static double digitStep(String number) {
        int dot = number.indexOf('.');
        if (dot >= 0) {
            return Math.pow(10, -(number.length() - dot - 1));
        }
        int zeros = 0;
        for (int i = number.length() - 1; i > 0 && (number.charAt(i) == '0' || number.charAt(i) == ','); i--) {
            zeros += number.charAt(i) == '0' ? 1 : 0;
        }
        return Math.pow(10, zeros);
    }

    /** The scale word's factor ({@code billion}) that the written number was multiplied by, or 1. */
    private static double scaleOf(String number, Bounds figure) {
        double written;
        try {
            written = Double.parseDouble(number.replace(",", ""));
        } catch (NumberFormatException e) {
            return 1; // digits of another script: read, but with no scale to tell
        }
        double scale = written > 0 && figure.unitSize() > 0 ? figure.low() / figure.unitSize() / written : 1;
        return scale >= 1000 ? Math.pow(10, Math.rint(Math.log10(scale))) : 1;
    }

    /** The word glued by a hyphen after a figure, as {@code nation} in {@code 21-nation}. */
    private static Optional<Integer> modified(List<Token> tokens, int next, TokenRange range) {
        boolean glued = next + 1 < range.to()
                && tokens.get(next).isSymbol('-')
                && tokens.get(next).isGlued()
                && tokens.get(next + 1).isGlued()
                && tokens.get(next + 1).type() == Token.Type.WORD;
        return glued ? Optional.of(next + 1) : Optional.empty();
    }
}
