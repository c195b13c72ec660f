package dev.factcheck.beam;

import dev.factcheck.api.ReadingMemory;
import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Extracts one part of a split story, keyed by the story's rule file for the step that combines its parts. */
final class ExtractPartFn extends DoFn<PartTask, KV<String, IndexedPart>> {
    private static final long serialVersionUID = 1L;

    private final String archiveRoot;

    ExtractPartFn(String archiveRoot) {
        this.archiveRoot = archiveRoot;
    }

    /** The taggers this worker's stories share: made on the worker, never serialized. */
    private transient ReadingMemory memory;

    @Setup
    public void setup() {
        memory = new ReadingMemory();
    }

    @ProcessElement
    public void processElement(@Element PartTask task, OutputReceiver<KV<String, IndexedPart>> out) {
        out.output(KV.of(task.rulesFile(), StoryParts.extract(new StoryCheck(Path.of(archiveRoot), memory), task)));
    }
}
