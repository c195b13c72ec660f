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
 * One rule file's check while its sources stream past: each source is extracted as it is read and only its mentions
 * are kept, so memory grows with what is found, not with the sources. A source that names no year is extracted with
 * the story's year (the first one its other sources name); one read before any year was seen waits until the end.
 */
final class StoryRun {
    private final List<Claim> claims;
    private final List<Path> files;
    private final Extractor extractor;
    private final Map<Path, Map<String, List<Mention>>> found = new HashMap<>();
    private final Map<Path, SourceText> waiting = new LinkedHashMap<>();
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

    /** Extracts one source of this story, whose own year is {@code ownYear}. */
    void read(Path file, SourceText source, OptionalInt ownYear) {
        if (year.isEmpty()) {
            year = ownYear;
        }
        if (ownYear.isPresent() || year.isPresent()) {
            Map<String, List<Mention>> extracted = extractor.extract(source, year);
            extracted.values().forEach(list -> mentions += list.size());
            found.put(file, extracted);
        } else {
            waiting.put(file, source);
        }
    }

    /** How many mentions this story has found so far (those of sources waiting for a year not counted yet). */
    long mentions() {
        return mentions;
    }

    /** The result of every claim, its mentions in source order. */
    List<ClaimResult> finish() {
        waiting.forEach((file, source) -> found.put(file, extractor.extract(source, year)));
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
