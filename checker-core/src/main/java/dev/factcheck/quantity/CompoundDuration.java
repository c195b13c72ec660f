package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Optional;

/**
 * The smaller units that continue a length of time as one mention: {@code 2 hours, 6 minutes, 23 seconds}, {@code 2
 * hours 6 minutes}, {@code 1 hour and 20 minutes}, {@code 3 years and 2 months}. Each part must name a smaller unit
 * than the one before, so that {@code 2 hours and 3 hours} or a list of separate figures ({@code 5 minutes, 10
 * minutes}) is never summed; after {@code between} an {@code and} opens a range instead. Internal.
 */
final class CompoundDuration {
    private CompoundDuration() {}

    /** The parts read after a unit: the seconds they add, the index after them and the smallest unit written. */
    record Parts(double seconds, int end, TimeUnit smallest) {}

    /** The parts after {@code unit} ends at {@code i}, none when no smaller unit follows. */
    static Parts after(List<Token> tokens, int i, int end, TimeUnit unit, boolean afterBetween) {
        Parts parts = new Parts(0, i, unit);
        Optional<Parts> next = part(tokens, parts, end, afterBetween);
        while (next.isPresent()) {
            parts = next.get();
            next = part(tokens, parts, end, afterBetween);
        }
        return parts;
    }

    private static Optional<Parts> part(List<Token> tokens, Parts sofar, int end, boolean afterBetween) {
        int at = joinerEnd(tokens, sofar.end(), end, afterBetween);
        if (at >= end
                || (tokens.get(at).type() != Token.Type.NUMBER
                        && !WordSum.isNumberWord(tokens.get(at).lower()))) {
            return Optional.empty();
        }
        return NumberWords.read(tokens, at, end).flatMap(number -> {
            int unitAt = Figure.unitIndex(tokens, number.end(), end);
            return (unitAt < end ? TimeUnit.named(tokens.get(unitAt).lower()) : Optional.<TimeUnit>empty())
                    .filter(unit -> unit.seconds() < sofar.smallest().seconds())
                    .map(unit -> new Parts(sofar.seconds() + number.value() * unit.seconds(), unitAt + 1, unit));
        });
    }

    /** The index after {@code ,}, {@code and} or {@code , and} at {@code i}; {@code i} itself when none stands there. */
    private static int joinerEnd(List<Token> tokens, int i, int end, boolean afterBetween) {
        int at = i < end && tokens.get(i).isSymbol(',') ? i + 1 : i;
        return at < end && tokens.get(at).isWord("and") && !afterBetween ? at + 1 : at;
    }
}
