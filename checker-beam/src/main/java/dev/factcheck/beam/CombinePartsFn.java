package dev.factcheck.beam;

import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Combines all the parts of a split story into its report, as a whole check would write it. */
final class CombinePartsFn extends DoFn<KV<String, Iterable<IndexedPart>>, StoryReport> {
    private static final long serialVersionUID = 1L;

    private final String archiveRoot;

    CombinePartsFn(String archiveRoot) {
        this.archiveRoot = archiveRoot;
    }

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<IndexedPart>> story, OutputReceiver<StoryReport> out) {
        out.output(StoryParts.combine(new StoryCheck(Path.of(archiveRoot)), story.getKey(), story.getValue()));
    }
}
