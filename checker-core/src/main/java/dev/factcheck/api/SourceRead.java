package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import dev.factcheck.source.Problem;
import dev.factcheck.source.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A chosen source as a check found it: read (its text), trusted unread by its unchanged stat (no text), or not
 * readable (its problems); with the year it names and, when caching, its stat and content hash. Internal.
 *
 * @param file the source
 * @param shown the source as shown to users
 * @param source the text, when it was read
 * @param year the first year the source names
 * @param hash the SHA-256 of its text, or empty when not caching
 * @param stat its stat before it was read, {@link FileStat#UNKNOWN} when not to be trusted
 * @param problems why it could not be read, or none
 */
record SourceRead(
        Path file,
        String shown,
        Optional<SourceText> source,
        OptionalInt year,
        String hash,
        FileStat stat,
        List<Problem> problems) {
    SourceRead {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(shown, "shown == null");
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(year, "year == null");
        Objects.requireNonNull(hash, "hash == null");
        Objects.requireNonNull(stat, "stat == null");
        problems = List.copyOf(problems);
    }

    /** Whether the source can be used: read, or trusted by its stat. */
    boolean isUsable() {
        return problems.isEmpty();
    }

    /** This source's entry for a story: what extracting it with {@code givenYear} gave. */
    CacheEntry entry(OptionalInt givenYear, Map<String, List<Mention>> mentions) {
        return new CacheEntry(shown, stat, hash, year, givenYear, mentions);
    }

    /** This source without its text, for one that waits: it is read again if it must be extracted. */
    SourceRead withoutText() {
        return new SourceRead(file, shown, Optional.empty(), year, hash, stat, problems);
    }
}
