package dev.factcheck.beam;

import java.nio.file.Path;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Checks the story of each rule file it is given, reading that story's sources on the worker: a story travels as its
 * rule file's path, and only its report and counts leave the step, so no source text or mention is ever shuffled.
 */
final class CheckStoryFn extends DoFn<String, StoryReport> {
    private static final long serialVersionUID = 1L;

    private final String archiveRoot;

    CheckStoryFn(String archiveRoot) {
        this.archiveRoot = archiveRoot;
    }

    @ProcessElement
    public void processElement(@Element String rulesFile, OutputReceiver<StoryReport> out) {
        out.output(new StoryCheck(Path.of(archiveRoot)).check(rulesFile));
    }
}
