package dev.factcheck.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A story's source texts as {@code score.py} reads them (UTF-8, line breaks made {@code \n} as Python's text mode
 * does, read once), and report mentions placed in them. Offsets count code points, as Python's string indices do.
 */
final class NewsStorySources {
    private final Path story;
    private final Path prefix;
    private final Map<Path, Optional<String>> texts = new HashMap<>();

    /**
     * @param story the story folder, whose {@code sources/} is the fallback for paths that do not resolve
     * @param prefix the folder the check ran in, which report paths are relative to
     */
    NewsStorySources(Path story, Path prefix) {
        this.story = story;
        this.prefix = prefix;
    }

    /** A report mention placed in its file: {@code [start, end)} in code points, at least one long. */
    record Placed(String baseName, String text, int start, int end, StoryScoreMention mention) {
        /** Whether the span overlaps some occurrence of {@code needle} in the file. */
        boolean overlaps(String needle) {
            int length = needle.codePointCount(0, needle.length());
            for (int i = needle.isEmpty() ? -1 : text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
                int from = text.codePointCount(0, i);
                if (start < from + length && from < end) {
                    return true;
                }
            }
            return false;
        }
    }

    /** score.py's {@code report_spans}: each mention that can be placed in its file, in order. */
    List<Placed> place(List<StoryScoreMention> mentions) {
        List<Placed> placed = new ArrayList<>();
        for (StoryScoreMention mention : mentions) {
            Optional<String> text = reportText(mention.source());
            OptionalInt start =
                    text.isPresent() ? offset(text.get(), mention.line(), mention.column()) : OptionalInt.empty();
            if (start.isPresent()) {
                int length =
                        Math.max(mention.text().codePointCount(0, mention.text().length()), 1);
                placed.add(new Placed(
                        mention.baseName(), text.get(), start.getAsInt(), start.getAsInt() + length, mention));
            }
        }
        return placed;
    }

    /** score.py's {@code offset()}: the code point offset of a 1-based line and column, empty when off the text. */
    static OptionalInt offset(String text, int line, int column) {
        int lineStart = 0;
        for (int l = 1; l < line && lineStart >= 0; l++) {
            int next = text.indexOf('\n', lineStart);
            lineStart = next < 0 ? -1 : next + 1;
        }
        if (line < 1 || column < 1 || lineStart < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(text.codePointCount(0, lineStart) + column - 1);
    }

    private Optional<String> reportText(String source) {
        Optional<String> own = resolved(source).flatMap(this::read);
        return own.isPresent() ? own : read(story.resolve("sources").resolve(StoryScoreMention.baseName(source)));
    }

    private Optional<Path> resolved(String source) {
        try {
            return Optional.of(prefix.resolve(source));
        } catch (InvalidPathException e) {
            return Optional.empty(); // as score.py, which cannot open such a path either
        }
    }

    private Optional<String> read(Path file) {
        return texts.computeIfAbsent(file, NewsStorySources::decode);
    }

    private static Optional<String> decode(Path file) {
        try {
            return Optional.of(Files.readString(file).replace("\r\n", "\n").replace('\r', '\n'));
        } catch (IOException e) {
            return Optional.empty(); // score.py: an unreadable or undecodable file places no mention
        }
    }
}
