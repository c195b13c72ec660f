package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Calendar dates as the days they cover: {@code June 23}, {@code June 23rd, 2018}, {@code Sept. 7}, {@code 23 June
 * 2018}, {@code July 8-10}, {@code September 2016}, {@code 2012}, a month alone ({@code in April}, {@code late
 * February}; see {@link MonthParts}). A day without a year takes the source's year (the
 * first year it names), or year 0 when it names none. Values are days since 1970-01-01. Internal.
 */
final class Dates {
    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("february", 2),
            Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("july", 7),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("october", 10),
            Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Pattern YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}|21[0-9]{2}");
    private static final Pattern DAY = Pattern.compile("[0-9]{1,2}");

    private Dates() {}

    /** The date that starts at token {@code i}. */
    static Optional<Bounds> read(List<Token> tokens, int i, TokenRange range, OptionalInt sourceYear) {
        Token token = tokens.get(i);
        if (token.type() == Token.Type.WORD && MONTHS.containsKey(token.lower()) && token.isCapitalized()) {
            return monthFirst(tokens, i, range, sourceYear);
        }
        if (token.type() != Token.Type.NUMBER) {
            return Optional.empty();
        }
        Optional<Bounds> dayFirst = dayFirst(tokens, i, range, sourceYear);
        return dayFirst.isPresent() ? dayFirst : year(tokens, i, range.to());
    }

    /** Whether a token is a year by its form: four digits from 1000 to 2199, no separator. */
    static boolean isYear(Token token) {
        return token.type() == Token.Type.NUMBER && YEAR.matcher(token.text()).matches();
    }

    private static Optional<Bounds> monthFirst(List<Token> tokens, int i, TokenRange range, OptionalInt sourceYear) {
        int month = MONTHS.get(tokens.get(i).lower());
        int next = i + 1 < range.to() && tokens.get(i + 1).isSymbol('.') ? i + 2 : i + 1;
        if (next < range.to() && isYear(tokens.get(next))) {
            YearMonth ym = YearMonth.of(Integer.parseInt(tokens.get(next).text()), month);
            return MonthParts.days(ym, MonthParts.before(tokens, i, range.from()), next + 1);
        }
        if (next >= range.to() || !DAY.matcher(tokens.get(next).text()).matches()) {
            return MonthParts.isDateAlone(tokens, i, range.from())
                    ? MonthParts.days(
                            YearMonth.of(sourceYear.orElse(0), month),
                            MonthParts.before(tokens, i, range.from()),
                            i + 1)
                    : Optional.empty();
        }
        int day = Integer.parseInt(tokens.get(next).text());
        int end = afterOrdinal(tokens, next + 1, range.to());
        boolean spans = end + 1 < range.to()
                && tokens.get(end).isSymbol('-')
                && tokens.get(end).isGlued()
                && DAY.matcher(tokens.get(end + 1).text()).matches();
        int lastDay = spans ? Integer.parseInt(tokens.get(end + 1).text()) : day;
        return withYear(tokens, spans ? end + 2 : end, range, sourceYear)
                .flatMap(y -> days(y.year(), month, day, lastDay, i, y.end()));
    }

    private static Optional<Bounds> dayFirst(List<Token> tokens, int i, TokenRange range, OptionalInt sourceYear) {
        if (!DAY.matcher(tokens.get(i).text()).matches()) {
            return Optional.empty();
        }
        int next = afterOrdinal(tokens, i + 1, range.to());
        if (next < range.to() && tokens.get(next).isWord("of")) {
            next++;
        }
        if (next >= range.to()
                || !MONTHS.containsKey(tokens.get(next).lower())
                || !tokens.get(next).isCapitalized()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(tokens.get(i).text());
        int month = MONTHS.get(tokens.get(next).lower());
        return withYear(tokens, next + 1, range, sourceYear).flatMap(y -> days(y.year(), month, day, day, i, y.end()));
    }

    private record YearAt(int year, int end) {}

    /** The year written at {@code i} ({@code , 2018} or {@code 2018}), else the source's. */
    private static Optional<YearAt> withYear(List<Token> tokens, int i, TokenRange range, OptionalInt sourceYear) {
        int at = i < range.to() && tokens.get(i).isSymbol(',') ? i + 1 : i;
        if (at < range.to() && isYear(tokens.get(at))) {
            return Optional.of(new YearAt(Integer.parseInt(tokens.get(at).text()), at + 1));
        }
        return Optional.of(new YearAt(sourceYear.orElse(0), i));
    }

    /** A year, unless a unit follows: {@code 2000 milligrams} and {@code 1500 years} are amounts. */
    private static Optional<Bounds> year(List<Token> tokens, int i, int end) {
        if (!isYear(tokens.get(i)) || isUnitAt(tokens, i + 1, end)) {
            return Optional.empty();
        }
        int year = Integer.parseInt(tokens.get(i).text());
        return Optional.of(period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), i, i + 1));
    }

    private static boolean isUnitAt(List<Token> tokens, int i, int end) {
        int at = Figure.unitIndex(tokens, i, end);
        return at < end
                && (TimeUnit.named(tokens.get(at).lower()).isPresent()
                        || MeasureUnit.at(tokens, at, end).isPresent()
                        || Currencies.after(tokens.get(at)).isPresent());
    }

    private static int afterOrdinal(List<Token> tokens, int i, int end) {
        boolean suffix = i < end
                && tokens.get(i).isGlued()
                && List.of("st", "nd", "rd", "th").contains(tokens.get(i).lower());
        return suffix ? i + 1 : i;
    }

    /** Empty for a day that does not exist, and for days that run backwards ({@code June 30-1}), which no date is. */
    private static Optional<Bounds> days(int year, int month, int first, int last, int from, int to) {
        if (last < first) {
            return Optional.empty();
        }
        try {
            return Optional.of(period(LocalDate.of(year, month, first), LocalDate.of(year, month, last), from, to));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Bounds period(LocalDate first, LocalDate last, int from, int to) {
        return new Bounds(Dimension.DATE, first.toEpochDay(), last.toEpochDay(), Optional.empty(), from, to, false);
    }
}
