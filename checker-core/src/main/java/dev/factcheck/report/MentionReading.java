package dev.factcheck.report;

import dev.factcheck.extract.Mention;
import dev.factcheck.extract.Named;
import dev.factcheck.extract.Quoted;
import dev.factcheck.quantity.IntervalFormat;

/** What a mention was read as, in the console's words: {@code 23,000 or more}, {@code quote of Stephen Harper}. */
final class MentionReading {
    private MentionReading() {}

    static String describe(Mention mention) {
        if (mention.reading() instanceof Quoted quoted) {
            return "quote of " + quoted.speaker();
        }
        if (mention.reading() instanceof Named named) {
            return named.spelling() == Named.Spelling.LISTED ? "listed form" : "near miss of '" + named.listed() + "'";
        }
        return IntervalFormat.describe(mention.quantity());
    }
}
