package dev.factcheck.api;

import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Judge;
import dev.factcheck.extract.Extractor;
import dev.factcheck.extract.Mention;
import dev.factcheck.rules.Claim;
import dev.factcheck.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One rule file's check while its sources stream past: only each source's mentions are kept, so memory grows with
 * what is found, not with the sources. A source that names no year is extracted with the story's year (the first one
 * its sources name, in order); one read before any year was seen waits until the end. The story's bookkeeping is
 * done on one thread, in source order; {@link #extract} may run on any thread. Its cache, if any, gives back what a
 * source gave before, when neither the source, nor the year it is given, nor the rules have changed.
 */
final class StoryRun {
    private final List<Claim> claims;
    private final List<Path> files;
    private final Extractor extractor;
    private final StoryCache cache;
    private final Map<Path, Map<String, List<Mention>>> found = new HashMap<>();
    private final List<SourceRead> waiting = new ArrayList<>();
    private OptionalInt year = OptionalInt.empty();
    private long mentions;

    StoryRun(List<Claim> claims, List<Path> files, StoryCache cache) {
        this.claims = List.copyOf(claims);
        this.files = List.copyOf(files);
        this.extractor = Extractor.of(this.claims);
        this.cache = cache;
    }

    List<Path> files() {
        return files;
    }

    StoryCache cache() {
        return cache;
    }

    /**
     * The year to extract the next source with, given the year it names, or empty when no source so far names one;
     * called once per source, in source order.
     */
    OptionalInt yearFor(OptionalInt ownYear) {
        if (year.isEmpty()) {
            year = ownYear;
        }
        return year;
    }

    /** The story's year once every source has been seen: the one that waiting sources are extracted with. */
    OptionalInt year() {
        return year;
    }

    /** Keeps a source that must wait for the story's year. */
    void await(SourceRead source) {
        waiting.add(source);
    }

    /** The sources that waited for the story's year, now handed over to be extracted. */
    List<SourceRead> takeWaiting() {
        List<SourceRead> taken = List.copyOf(waiting);
        waiting.clear();
        return taken;
    }

    /** What the cache holds for {@code source} extracted with {@code givenYear}, if it is still what it was. */
    Optional<CacheEntry> cached(SourceRead source, OptionalInt givenYear) {
        return cache.entry(source.shown()).filter(entry -> entry.isFor(source.hash(), givenYear));
    }

    /** The mentions of one source, extracted with the story's year; thread-safe. */
    Map<String, List<Mention>> extract(SourceText source, OptionalInt storyYear) {
        return extractor.extract(source, storyYear);
    }

    /** Records the mentions of one source, and keeps them in the cache for the next check. */
    void found(SourceRead source, OptionalInt givenYear, Map<String, List<Mention>> extracted) {
        extracted.values().forEach(list -> mentions += list.size());
        found.put(source.file(), extracted);
        cache.keep(source.entry(givenYear, extracted));
    }

    /** How many mentions this story has found so far (those of sources waiting for a year not counted yet). */
    long mentions() {
        return mentions;
    }

    /** The result of every claim, its mentions in source order. */
    List<ClaimResult> finish() {
        Map<String, List<Mention>> all = new java.util.LinkedHashMap<>();
        claims.forEach(c -> all.put(c.id(), new ArrayList<>()));
        for (Path file : files) {
            found.getOrDefault(file, Map.of())
                    .forEach((id, mentions) -> all.get(id).addAll(mentions));
        }
        return claims.stream().map(c -> Judge.judge(c, all.get(c.id()))).toList();
    }
}
