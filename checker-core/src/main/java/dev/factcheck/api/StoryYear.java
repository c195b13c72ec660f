package dev.factcheck.api;

import dev.factcheck.source.SourceText;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a story, for the dates of a source that names none ({@code on June 23rd}): the first year that any of
 * the story's sources names, in source order. A plain scan with a pattern that cannot backtrack far.
 */
final class StoryYear {
    private static final Pattern YEAR =
            Pattern.compile("(?<![\\d.,])(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![\\d]|[.,]\\d)");

    private StoryYear() {}

    static OptionalInt of(List<SourceText> sources) {
        for (SourceText source : sources) {
            Matcher m = YEAR.matcher(source.text());
            if (m.find()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }
}
