package dev.factcheck.api;

import dev.factcheck.compare.CheckResult;
import dev.factcheck.compare.Judge;
import dev.factcheck.extract.Mention;
import dev.factcheck.rules.Claim;
import dev.factcheck.source.InputException;
import dev.factcheck.source.Problem;
import dev.factcheck.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A story's check split by source, for a story too large for one machine: list its {@link #sources()}, settle its
 * {@link #year}, {@link #extract} runs of sources into {@link StoryPart}s anywhere (each part is plain data, and
 * {@link StoryPart#toBytes()} carries it between machines), then {@link #combine} the parts of all the sources, in
 * source order, into the very result {@link FactCheck#check()} gives. From {@link FactCheck#split()}. Immutable and
 * thread-safe.
 */
public final class StorySplit {
    private final FactCheck.LoadedRules rules;
    private final SourceChoice choice;
    private final List<Claim> claims;
    private final LazyExtractor extractor;

    StorySplit(FactCheck.LoadedRules rules, SourceChoice choice, ReadingMemory memory) {
        this.rules = rules;
        this.choice = choice;
        this.claims = rules.file().claims();
        this.extractor = new LazyExtractor(claims, memory);
    }

    /**
     * The files the rule file's globs choose, in the order {@link FactCheck#check()} reads them: glob order, then path
     * order, each once.
     *
     * @throws InputException listing every glob that matched no file
     */
    public List<Path> sources() {
        List<Problem> problems = new ArrayList<>();
        List<Path> files = choice.filesOf(rules, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return files;
    }

    /**
     * The story's year, for dates of sources that name none: the first year that {@code sources} name, read in order
     * until one does, as {@link FactCheck#check()} settles it; empty when none names one. A source that cannot be read
     * names none here; {@link #extract} reports it.
     */
    public OptionalInt year(List<Path> sources) {
        for (Path file : sources) {
            Optional<SourceText> source = choice.read(file, new ArrayList<>());
            OptionalInt year = source.map(s -> StoryYear.firstYear(s.text())).orElse(OptionalInt.empty());
            if (year.isPresent()) {
                return year;
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The mentions of each claim in {@code sources}, in source order, extracted with the story's {@code year} (from
     * {@link #year} over all the story's sources), and the problems of the sources that could not be read. Each claim
     * keeps the lines of its first {@link Mention#LINES_KEPT} mentions, as a check does.
     */
    public StoryPart extract(List<Path> sources, OptionalInt year) {
        Objects.requireNonNull(year, "year == null");
        Map<String, List<Mention>> mentions = emptyLists();
        List<Problem> problems = new ArrayList<>();
        for (Path file : sources) {
            choice.read(file, problems)
                    .ifPresent(source -> extractor
                            .get()
                            .extract(source, year)
                            .forEach((id, found) -> keep(mentions.get(id), found)));
        }
        return new StoryPart(mentions, problems);
    }

    /**
     * The result of every claim from the parts of all the story's sources, given in source order: the result, and the
     * report bytes, that {@link FactCheck#check()} gives for the story.
     *
     * @throws InputException listing the problems of every part, in order, when any source could not be read
     * @throws IllegalArgumentException when a part holds a claim this story does not have
     */
    public CheckResult combine(List<StoryPart> parts) {
        Map<String, List<Mention>> all = emptyLists();
        List<Problem> problems = new ArrayList<>();
        for (StoryPart part : parts) {
            problems.addAll(part.problems());
            part.mentions().forEach((id, found) -> keep(listOf(all, id), found));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new CheckResult(
                claims.stream().map(c -> Judge.judge(c, all.get(c.id()))).toList());
    }

    private Map<String, List<Mention>> emptyLists() {
        Map<String, List<Mention>> lists = new LinkedHashMap<>();
        claims.forEach(c -> lists.put(c.id(), new ArrayList<>()));
        return lists;
    }

    private static List<Mention> listOf(Map<String, List<Mention>> all, String id) {
        List<Mention> list = all.get(id);
        if (list == null) {
            throw new IllegalArgumentException("a part holds mentions of claim '" + id + "', which this story does not"
                    + " have (expected one of: " + String.join(", ", all.keySet()) + ")");
        }
        return list;
    }

    /** As a check records them: past the first {@link Mention#LINES_KEPT} of a claim, without their lines. */
    private static void keep(List<Mention> kept, List<Mention> found) {
        for (Mention mention : found) {
            kept.add(kept.size() < Mention.LINES_KEPT ? mention : mention.withoutLine());
        }
    }
}
