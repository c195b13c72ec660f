package dev.factcheck.beam;

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

    @ProcessElement
    public void processElement(@Element PartTask task, OutputReceiver<KV<String, IndexedPart>> out) {
        out.output(KV.of(task.rulesFile(), StoryParts.extract(new StoryCheck(Path.of(archiveRoot)), task)));
    }
}
