package dev.factcheck.api;

import dev.factcheck.compare.ClaimResult;
import dev.factcheck.compare.Judge;
import dev.factcheck.extract.Mention;
import dev.factcheck.extract.MentionList;
import dev.factcheck.rules.Claim;
import dev.factcheck.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One rule file's check while its sources stream past: each source's mentions are added to its claims' lists as it is
 * recorded, in source order, and nothing else of it is kept, so memory grows with the mentions found, not with the
 * sources. A source that names no year is extracted with the story's year (the first one its sources name, in
 * order); those read before any year was seen are the first sources of the story, and are settled at the end
 * (read again unless the cache holds them), so that they are not held meanwhile. Its cache, if any, gives back what a
 * source gave before when neither the source, nor the year it is given, nor the rules have changed, and keeps what
 * each source gives now. The story's bookkeeping is done on one thread, in source order; {@link #extract} and
 * {@link #cached} may run on any thread.
 */
final class StoryRun {
    private final List<Claim> claims;
    private final PathList files;
    /** Made at the first source the cache does not hold: a rerun from the cache compiles no claim's matchers. */
    private final LazyExtractor extractor;

    private final StoryCache cache;
    private final Map<String, MentionList.Builder> byClaim = new LinkedHashMap<>();
    private final List<SourceRead> waiting = new ArrayList<>();
    private OptionalInt year = OptionalInt.empty();
    private long mentions;

    StoryRun(List<Claim> claims, List<Path> files, StoryCache cache, ReadingMemory memory) {
        this.claims = List.copyOf(claims);
        this.files = PathList.copyOf(files);
        this.cache = cache;
        this.extractor = new LazyExtractor(this.claims, memory);
        this.claims.forEach(c -> byClaim.put(c.id(), new MentionList.Builder()));
    }

    /** One source's mentions for this story, and whether they came from its cache. */
    record Found(SourceRead source, Map<String, List<Mention>> mentions, boolean reused) {}

    PathList files() {
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

    /** Whether the story's year is settled, so that {@link #yearFor} gives it whatever the source names. */
    boolean hasYear() {
        return year.isPresent();
    }

    /** The story's year as settled so far; once settled, safe to read from any thread that the settling preceded. */
    OptionalInt year() {
        return year;
    }

    /** Notes a source that must wait for the story's year, without its text; it is settled by {@link #finish}. */
    void await(SourceRead source) {
        waiting.add(source.withoutText());
    }

    /** The mentions of one source, extracted with the story's year; thread-safe. */
    Map<String, List<Mention>> extract(SourceText source, OptionalInt storyYear) {
        return extractor.get().extract(source, storyYear);
    }

    /** What the cache holds for {@code source} extracted with the story's year, if it is still what it was. */
    Optional<Map<String, List<Mention>>> cached(SourceRead source) {
        return cache.entry(source.shown())
                .filter(entry -> entry.isFor(source.hash(), year))
                .flatMap(cache::mentions);
    }

    /**
     * Records the mentions of the next source, and keeps them in the cache for the next check; past the first
     * {@link Mention#LINES_KEPT} of a claim, without their lines, and held compact ({@link MentionList}), so that what a
     * story keeps grows by some 50 bytes a mention, whatever the length of the lines.
     */
    void found(Found found) {
        record(found, byClaim);
    }

    private void record(Found found, Map<String, MentionList.Builder> into) {
        found.mentions().forEach((id, list) -> {
            keep(into.get(id), list);
            mentions += list.size();
        });
        cache.keep(found.source().entry(year, found.mentions()), found.reused());
    }

    private static void keep(MentionList.Builder kept, List<Mention> found) {
        for (Mention mention : found) {
            kept.add(kept.size() < Mention.LINES_KEPT ? mention : mention.withoutLine());
        }
    }

    /** How many mentions this story has found so far (those of sources waiting for a year not counted yet). */
    long mentions() {
        return mentions;
    }

    /**
     * The result of every claim, its mentions in source order: those of the sources that waited for the year first,
     * settled by {@code settle} (empty for one that cannot be read now).
     */
    List<ClaimResult> finish(Function<SourceRead, Optional<Found>> settle) {
        Map<String, MentionList.Builder> all = waiting.isEmpty() ? byClaim : waitedFirst(settle);
        return claims.stream().map(c -> Judge.judge(c, all.get(c.id()).build())).toList();
    }

    /** The mentions of the sources that waited for the year, then those recorded meanwhile. */
    private Map<String, MentionList.Builder> waitedFirst(Function<SourceRead, Optional<Found>> settle) {
        Map<String, MentionList.Builder> all = new LinkedHashMap<>();
        claims.forEach(c -> all.put(c.id(), new MentionList.Builder()));
        for (SourceRead source : waiting) {
            settle.apply(source).ifPresent(found -> record(found, all));
        }
        byClaim.forEach((id, kept) -> keep(all.get(id), kept.build()));
        return all;
    }
}
