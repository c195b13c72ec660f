package dev.factcheck.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The tallies of {@code score.py} for one story or several, and its summary lines.
 *
 * @param verdictsRight truth claims whose reported verdict is the expected one (X)
 * @param claims truth claims (Y)
 * @param found listed mentions found, by value or with the unit unknown by position (A)
 * @param listed listed mentions (B)
 * @param placed listed mentions some report mention overlaps, whatever its value (C)
 * @param unknown found mentions whose value could not be checked (U)
 * @param agreeRight claims expected to agree that the report calls AGREE (D)
 * @param agreeClaims claims expected to agree (E)
 * @param backed claims with a right verdict and at least one found mention (F)
 * @param quotesRight quote claims with a right verdict
 * @param quotes quote claims
 */
record StoryScore(
        int verdictsRight,
        int claims,
        int found,
        int listed,
        int placed,
        int unknown,
        int agreeRight,
        int agreeClaims,
        int backed,
        int quotesRight,
        int quotes) {
    static final StoryScore ZERO = new StoryScore(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    StoryScore plus(StoryScore o) {
        return new StoryScore(
                verdictsRight + o.verdictsRight,
                claims + o.claims,
                found + o.found,
                listed + o.listed,
                placed + o.placed,
                unknown + o.unknown,
                agreeRight + o.agreeRight,
                agreeClaims + o.agreeClaims,
                backed + o.backed,
                quotesRight + o.quotesRight,
                quotes + o.quotes);
    }

    double verdictRate() {
        return claims == 0 ? 0 : (double) verdictsRight / claims;
    }

    double recallRate() {
        return listed == 0 ? 0 : (double) found / listed;
    }

    /** The lines score.py ends with, worded as there: the unit-unknown line when U is not 0, then the last two. */
    List<String> summary(String slug) {
        List<String> lines = new ArrayList<>();
        if (unknown != 0) {
            lines.add(slug + ": unit unknown " + unknown + " of " + found + " found mentions (found by position only)");
        }
        lines.add(slug + ": position-only recall " + placed + "/" + listed + ", agree-claims right " + agreeRight + "/"
                + agreeClaims + ", verdicts backed by a found mention " + backed + "/" + claims);
        lines.add(last(slug));
        return lines;
    }

    /** score.py's last line: {@code <slug>: verdicts X/Y (P%), mention recall A/B (Q%)}. */
    String last(String slug) {
        return slug + ": verdicts " + verdictsRight + "/" + claims + " (" + percent(verdictsRight, claims)
                + "%), mention recall " + found + "/" + listed + " (" + percent(found, listed) + "%)";
    }

    /** Python's {@code f'{100 * part / whole:.1f}'}: the exact binary value rounded half to even. */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "0.0";
        }
        return new BigDecimal(100.0 * part / whole)
                .setScale(1, RoundingMode.HALF_EVEN)
                .toPlainString();
    }
}
