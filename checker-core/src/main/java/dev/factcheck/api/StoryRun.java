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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One rule file's check while its sources stream past: only each source's mentions are kept, so memory grows with
 * what is found, not with the sources. A source that names no year is extracted with the story's year (the first one
 * its sources name, in order); one read before any year was seen waits until the end. The story's bookkeeping is
 * done on one thread, in source order; {@link #extract} may run on any thread.
 */
final class StoryRun {
    private final List<Claim> claims;
    private final List<Path> files;
    private final Extractor extractor;
    private final Map<Path, Map<String, List<Mention>>> found = new HashMap<>();
    private final Map<Path, SourceText> waiting = new LinkedHashMap<>();
    /** How many mentions of each claim were recorded so far. */
    private final Map<String, Integer> recorded = new HashMap<>();

    private OptionalInt year = OptionalInt.empty();
    private long mentions;

    StoryRun(List<Claim> claims, List<Path> files) {
        this.claims = List.copyOf(claims);
        this.files = List.copyOf(files);
        this.extractor = Extractor.of(this.claims);
    }

    List<Path> files() {
        return files;
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

    /** Keeps a source that must wait for the story's year. */
    void await(Path file, SourceText source) {
        waiting.put(file, source);
    }

    /** The mentions of one source, extracted with the story's year; thread-safe. */
    Map<String, List<Mention>> extract(SourceText source, OptionalInt storyYear) {
        return extractor.extract(source, storyYear);
    }

    /**
     * Records the mentions of one source; past the first {@link Mention#LINES_KEPT} of a claim, without their lines,
     * so that what a story keeps grows by a few hundred bytes a mention, whatever the length of the lines.
     */
    void found(Path file, Map<String, List<Mention>> extracted) {
        Map<String, List<Mention>> kept = new LinkedHashMap<>();
        extracted.forEach((id, list) -> {
            int before = recorded.merge(id, list.size(), Integer::sum) - list.size();
            kept.put(id, before + list.size() <= Mention.LINES_KEPT ? list : withLinesUpTo(list, before));
            mentions += list.size();
        });
        found.put(file, kept);
    }

    /** The mentions with their lines while fewer than {@link Mention#LINES_KEPT} of the claim came before them. */
    private static List<Mention> withLinesUpTo(List<Mention> list, int before) {
        List<Mention> kept = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            kept.add(before + i < Mention.LINES_KEPT ? list.get(i) : list.get(i).withoutLine());
        }
        return kept;
    }

    /** How many mentions this story has found so far (those of sources waiting for a year not counted yet). */
    long mentions() {
        return mentions;
    }

    /** The result of every claim, its mentions in source order. */
    List<ClaimResult> finish() {
        waiting.forEach((file, source) -> found(file, extract(source, year)));
        waiting.clear();
        Map<String, List<Mention>> all = new LinkedHashMap<>();
        claims.forEach(c -> all.put(c.id(), new ArrayList<>()));
        for (Path file : files) {
            found.getOrDefault(file, Map.of())
                    .forEach((id, mentions) -> all.get(id).addAll(mentions));
        }
        return claims.stream().map(c -> Judge.judge(c, all.get(c.id()))).toList();
    }
}
