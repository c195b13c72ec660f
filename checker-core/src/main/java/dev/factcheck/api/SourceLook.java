package dev.factcheck.api;

import dev.factcheck.source.Problem;
import dev.factcheck.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Looks at one chosen source for the stories that read it: trusts it unread when every one of their caches holds it
 * with the size and time it has now (like git's index, the stat stands for the content hashed when the entry was
 * written), else reads it and, when caching, hashes its text. Thread-safe. Internal.
 */
final class SourceLook {
    private final SourceChoice choice;

    SourceLook(SourceChoice choice) {
        this.choice = choice;
    }

    /** The source, unread when the stories' caches vouch for it, else read. */
    SourceRead look(Path file, List<StoryRun> stories) {
        boolean caching = stories.stream().anyMatch(story -> story.cache().isEnabled());
        if (!caching) {
            return read(file, FileStat.UNKNOWN, false);
        }
        Optional<FileStat> stat = FileStat.trustedOf(file);
        Optional<CachedSource> vouched = stat.flatMap(s -> vouched(file, s, stories));
        if (vouched.isPresent()) {
            CachedSource entry = vouched.get();
            return new SourceRead(
                    file, entry.path(), Optional.empty(), entry.ownYear(), entry.hash(), stat.get(), List.of());
        }
        return read(file, stat.orElse(FileStat.UNKNOWN), true);
    }

    /**
     * The source looked at {@code earlier} read now, and hashed if it was: for one trusted unread, or one that waited,
     * that must be extracted after all.
     */
    SourceRead reread(SourceRead earlier) {
        Path file = earlier.file();
        FileStat stat = earlier.hash().isEmpty()
                ? FileStat.UNKNOWN
                : FileStat.trustedOf(file).orElse(FileStat.UNKNOWN);
        return read(file, stat, !earlier.hash().isEmpty());
    }

    /** The file's size, or 0 when it cannot be told: reading it will say why. */
    long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private SourceRead read(Path file, FileStat stat, boolean caching) {
        List<Problem> problems = new ArrayList<>();
        Optional<SourceText> source = choice.read(file, problems);
        OptionalInt year = source.map(s -> StoryYear.firstYear(s.text())).orElse(OptionalInt.empty());
        String hash = caching ? source.map(s -> ContentHash.of(s.text())).orElse("") : "";
        return new SourceRead(file, choice.show(file), source, year, hash, stat, problems);
    }

    /**
     * The entry that every story's cache holds for the file with this stat, when they all hold the same one; a file too
     * large for the limit, or that cannot be read now, is read so that the check names its problem.
     */
    private Optional<CachedSource> vouched(Path file, FileStat stat, List<StoryRun> stories) {
        if (!stat.isKnown() || !choice.isWithinLimit(stat.size()) || !Files.isReadable(file)) {
            return Optional.empty();
        }
        String shown = choice.show(file);
        Optional<CachedSource> first = Optional.empty();
        for (StoryRun story : stories) {
            Optional<CachedSource> entry =
                    story.cache().entry(shown).filter(e -> e.stat().equals(stat));
            if (entry.isEmpty()
                    || (first.isPresent()
                            && !first.get().hash().equals(entry.get().hash()))) {
                return Optional.empty();
            }
            first = first.or(() -> entry);
        }
        return first;
    }
}
