package dev.factcheck.beam;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Gathers every story's outcome into {@code summary.json}. The outcomes are small (a name, five counts), so they are
 * all held by the one worker that renders the summary.
 */
final class SummaryFn extends Combine.CombineFn<StoryOutcome, List<StoryOutcome>, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<StoryOutcome> createAccumulator() {
        return new ArrayList<>();
    }

    @Override
    public List<StoryOutcome> addInput(List<StoryOutcome> outcomes, StoryOutcome outcome) {
        outcomes.add(outcome);
        return outcomes;
    }

    @Override
    public List<StoryOutcome> mergeAccumulators(Iterable<List<StoryOutcome>> accumulators) {
        List<StoryOutcome> merged = new ArrayList<>();
        accumulators.forEach(merged::addAll);
        return merged;
    }

    @Override
    public String extractOutput(List<StoryOutcome> outcomes) {
        return ArchiveSummary.render(outcomes);
    }

    @Override
    public Coder<List<StoryOutcome>> getAccumulatorCoder(CoderRegistry registry, Coder<StoryOutcome> inputCoder) {
        return ListCoder.of(inputCoder);
    }
}
