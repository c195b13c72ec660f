package dev.factcheck.quantity;

import dev.factcheck.source.Token;
import java.util.List;
import java.util.Set;

/**
 * The zone or place written after a clock time, which belongs to the time's mention but not to its value: {@code
 * ET}, {@code EDT}, {@code GMT} (abbreviations in capitals), {@code local time}, or up to three capitalized words and
 * {@code time} ({@code New York time}, {@code Eastern Standard Time}). The clock value stays the local one written:
 * sources that give one event in two zones are not converted, since the zone of a bare time is unknown. Internal.
 */
final class TimeZones {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "ET", "EDT", "EST", "CT", "CDT", "CST", "MT", "MDT", "MST", "PT", "PDT", "PST", "AKST", "AKDT", "HST",
            "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "IST", "JST", "KST", "AEST", "AEDT", "NZST",
            "NZDT", "HKT", "SGT", "WIB");

    private static final int MAX_PLACE_WORDS = 3;

    private TimeZones() {}

    /** The index after the zone written at {@code i}, or {@code i} when none is. */
    static int after(List<Token> tokens, int i, int end) {
        if (i >= end || tokens.get(i).type() != Token.Type.WORD) {
            return i;
        }
        if (ABBREVIATIONS.contains(tokens.get(i).text())) {
            return i + 1;
        }
        if (tokens.get(i).isWord("local")) {
            return i + 1 < end && tokens.get(i + 1).isWord("time") ? i + 2 : i + 1;
        }
        return placeTime(tokens, i, end);
    }

    /** {@code New York time}: capitalized words, then {@code time}. */
    private static int placeTime(List<Token> tokens, int i, int end) {
        int k = i;
        while (k < end
                && k - i < MAX_PLACE_WORDS
                && tokens.get(k).isCapitalized()
                && !tokens.get(k).lower().equals("time")) {
            k++;
        }
        boolean place = k > i && k < end && tokens.get(k).lower().equals("time");
        return place ? k + 1 : i;
    }
}
