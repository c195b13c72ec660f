package dev.factcheck.beam;

import dev.factcheck.api.FactCheck;
import dev.factcheck.api.ReadingMemory;
import dev.factcheck.source.InputException;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Checks the story of each rule file it is given, reading that story's sources on the worker: a story travels as its
 * rule file's path, and only its report and counts leave the step, so no source text is ever shuffled. A story whose
 * sources exceed {@code maxStoryBytes} is not checked here but planned: its parts go to {@link #PARTS}, to be
 * extracted on many workers and combined.
 */
final class CheckStoryFn extends DoFn<String, StoryReport> {
    static final TupleTag<StoryReport> REPORTS = new TupleTag<>() {};
    static final TupleTag<PartTask> PARTS = new TupleTag<>() {};
    private static final long serialVersionUID = 1L;

    private final String archiveRoot;
    private final long maxStoryBytes;

    CheckStoryFn(String archiveRoot, long maxStoryBytes) {
        this.archiveRoot = archiveRoot;
        this.maxStoryBytes = maxStoryBytes;
    }

    /** The taggers this worker's stories share: made on the worker, never serialized. */
    private transient ReadingMemory memory;

    @Setup
    public void setup() {
        memory = new ReadingMemory();
    }

    @ProcessElement
    public void processElement(@Element String rulesFile, MultiOutputReceiver out) {
        StoryCheck stories = new StoryCheck(Path.of(archiveRoot), memory);
        FactCheck loaded;
        try {
            // read once, to plan the story and to check it
            loaded = stories.load(rulesFile);
        } catch (InputException e) {
            out.get(REPORTS).output(stories.failed(rulesFile, e));
            return;
        }
        List<PartTask> parts = new StoryParts(stories, maxStoryBytes).plan(rulesFile, loaded);
        if (parts.isEmpty()) {
            out.get(REPORTS).output(stories.check(rulesFile, loaded));
        } else {
            parts.forEach(out.get(PARTS)::output);
        }
    }
}
