package dev.factcheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's English part-of-speech model, read once: each feature's weight for each tag, the tags, the uniform prior's
 * log probability that every sum starts from, and the weights of the features that do not depend on a word (the
 * sentence's start, the tags before a word) looked up once. A constant of the library, like a compiled pattern:
 * immutable, so shared by every thread. Internal.
 */
final class TaggerModel {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** How far from the sentence's first word the model looks for it: {@code S=begin}, {@code p1S=}, {@code p2S=}. */
    static final int SENTENCE_START_WINDOW = 3;

    static final TaggerModel INSTANCE = new TaggerModel(load());

    private final POSModel model;
    private final Map<String, Context> byFeature;
    private final String[] outcomes;
    private final double uniformPrior;
    private final Context[] sentenceStart;
    private final Context[] tagBefore;
    private final Context[][] tagsBefore;

    @SuppressWarnings("unchecked")
    private TaggerModel(POSModel model) {
        AbstractModel weights = model.getArtifact("pos.model");
        if (weights.getModelType() != AbstractModel.ModelType.Maxent) {
            throw new IllegalStateException(
                    "the part-of-speech model is not a maximum-entropy model: " + weights.getModelType());
        }
        Object[] data = weights.getDataStructures();
        this.model = model;
        this.byFeature = (Map<String, Context>) data[1];
        this.outcomes = (String[]) data[2];
        this.uniformPrior = StrictMath.log(1.0 / outcomes.length);
        this.sentenceStart = new Context[] {feature("S=begin"), feature("p1S=begin"), feature("p2S=begin")};
        this.tagBefore = new Context[outcomes.length];
        this.tagsBefore = new Context[outcomes.length][outcomes.length];
        for (int before = 0; before < outcomes.length; before++) {
            tagBefore[before] = feature("t=" + outcomes[before]);
            for (int last = 0; last < outcomes.length; last++) {
                tagsBefore[before][last] = feature("t2=" + outcomes[before] + "," + outcomes[last]);
            }
        }
    }

    /** The tags, by number. */
    String[] outcomes() {
        return outcomes;
    }

    /** What every sum starts from. */
    double uniformPrior() {
        return uniformPrior;
    }

    /** A new validator of tags against the model's tag dictionary (not thread-safe, so one per tagger). */
    SequenceValidator<String> validator() {
        return model.getFactory().getSequenceValidator();
    }

    /** The weights of a feature, or null when the model does not know it. */
    Context feature(String name) {
        return byFeature.get(name);
    }

    /** The weights of the sentence's start {@code words} (0, 1 or 2) before a word. */
    Context sentenceStart(int words) {
        return sentenceStart[words];
    }

    /** The weights of the tag just before a word ({@code t=}). */
    Context tagBefore(int tag) {
        return tagBefore[tag];
    }

    /** The weights of the two tags before a word ({@code t2=}), the earlier first. */
    Context tagsBefore(int earlier, int last) {
        return tagsBefore[earlier][last];
    }

    /** Adds a feature's weights, if the model knows it, to each tag's sum. */
    static void add(double[] sums, Context feature) {
        if (feature != null) {
            int[] tags = feature.getOutcomes();
            double[] parameters = feature.getParameters();
            for (int k = 0; k < tags.length; k++) {
                sums[tags[k]] += parameters[k];
            }
        }
    }

    private static POSModel load() {
        try (InputStream in = TaggerModel.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the part-of-speech model " + MODEL + " is not on the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the part-of-speech model " + MODEL, e);
        }
    }
}
