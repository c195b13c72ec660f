package dev.factcheck.api;

import dev.factcheck.extract.Mention;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One story's extraction of one source, as the cache keeps it: the source's stat and content hash, the year it names
 * itself, the year its extraction was given, and the mentions found, by claim id. Internal.
 *
 * @param path the source as shown to users, which its mentions name
 * @param stat the source's stat when it was read, or {@link FileStat#UNKNOWN} when it changed too lately to trust
 * @param hash the SHA-256 of the source's text, in hex
 * @param ownYear the first year the source names, or empty
 * @param givenYear the year its extraction was given, or empty
 * @param mentions the mentions of each claim that has some
 */
record CacheEntry(
        String path,
        FileStat stat,
        String hash,
        OptionalInt ownYear,
        OptionalInt givenYear,
        Map<String, List<Mention>> mentions) {
    CacheEntry {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(stat, "stat == null");
        Objects.requireNonNull(hash, "hash == null");
        Objects.requireNonNull(ownYear, "ownYear == null");
        Objects.requireNonNull(givenYear, "givenYear == null");
        Map<String, List<Mention>> copy = new LinkedHashMap<>();
        mentions.forEach((id, found) -> copy.put(id, List.copyOf(found)));
        mentions = java.util.Collections.unmodifiableMap(copy);
    }
}
