package dev.factcheck.extract;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags the words of a sentence with their part of speech, using Apache OpenNLP's English model (Universal Dependencies,
 * EWT, a maximum-entropy model). The model is read once, on first use, and shared (it is immutable); a tagger's
 * context generator is not thread-safe, so each thread gets its own tagger, made only when a sentence first needs
 * tags. It decodes greedily, word by word, rather than with the model's beam of three: two to three times faster, and
 * on the sentences we tried the tags were the same. Greedy decoding keeps, at each word, the valid tag with the
 * highest probability; the probabilities are the exponentials of sums of the features' weights, divided by one
 * normaliser, so the highest sum is the highest probability, and the tagger takes it from the sums without OpenNLP's
 * exponentials, normalisation and sorting (the sums added in OpenNLP's order, so the same doubles). Internal.
 */
final class Tagger {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final Object[] NO_CONTEXT = {};
    /** Words whose own sums a tagger remembers: a few MB, most of the words of a day's news. */
    private static final int WORDS_REMEMBERED = 1 << 15;

    /** Whether {@link #loadInBackground} started reading the model already; the model is read once per class loader. */
    private static final AtomicBoolean LOADING_STARTED = new AtomicBoolean();

    private final POSContextGenerator context = Model.INSTANCE.getFactory().getPOSContextGenerator(0);
    private final SequenceValidator<String> validator =
            Model.INSTANCE.getFactory().getSequenceValidator();
    private final double[] sums = new double[Weights.INSTANCE.outcomes.length];
    /** The sums of each word's own features, for the words met so far (up to {@link #WORDS_REMEMBERED}). */
    private final Map<String, double[]> byWord = new HashMap<>();

    /**
     * Starts reading the model on a daemon thread, so that it is ready, or nearly, when the first sentence needs tags:
     * reading it takes a third of a second, which a check spends meanwhile reading rule files and sources. Reading it
     * twice is impossible (it is a class constant), and only the first call starts a thread: a pipeline that checks
     * many small stories on one worker calls this for each.
     */
    static void loadInBackground() {
        if (!LOADING_STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> Objects.requireNonNull(Weights.INSTANCE), "factcheck-tagger-model");
        thread.setDaemon(true);
        thread.start();
    }

    /** The model's tag ({@code NOUN}, {@code VERB}...) of each token of {@code sentence}, in order. */
    String[] tagNames(List<Token> tokens, TokenRange sentence) {
        Tagging tagging = start(tokens, sentence);
        tagging.tagUpTo(sentence.size() - 1);
        return tagging.tags;
    }

    /** A tagging of one sentence, done word by word as far as asked. */
    Tagging start(List<Token> tokens, TokenRange sentence) {
        String[] words = new String[sentence.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(sentence.from() + i).text();
        }
        return new Tagging(words);
    }

    /**
     * One sentence's tags, made from its first word on only as far as they are asked for: greedy decoding goes left to
     * right, each tag from the words around it (the whole sentence's) and the tags before it, so the first k tags are
     * the same whether or not the rest is tagged. Lives for one sentence, on the tagger's thread.
     */
    final class Tagging {
        private final String[] words;
        private final String[] tags;
        private int tagged;

        private Tagging(String[] words) {
            this.words = words;
            this.tags = new String[words.length];
        }

        /** The tag of word {@code i} of the sentence (counted from 0). */
        String tagOf(int i) {
            tagUpTo(i);
            return tags[i];
        }

        /**
         * Tags words up to {@code i}. OpenNLP's decoder hands the context generator and the validator a copy of the
         * tags so far; they read only the two tags before the word (its features {@code t=} and {@code t2=}, the
         * dictionary not at all), so the sentence's own array, unset from the word on, gives the same features
         * without a copy per word.
         */
        void tagUpTo(int i) {
            for (; tagged <= i; tagged++) {
                tags[tagged] = best(tagged, words, tags, context.getContext(tagged, words, tags, NO_CONTEXT));
            }
        }
    }

    /** The valid tag of word {@code i} whose features' weights sum highest. */
    private String best(int i, String[] words, String[] before, String[] features) {
        Weights weights = Weights.INSTANCE;
        sum(weights, words[i], features);
        int top = 0;
        for (int o = 1; o < sums.length; o++) {
            if (sums[o] > sums[top]) {
                top = o;
            }
        }
        // the highest is nearly always valid: ask the tag dictionary about the others only when it is not
        if (validator.validSequence(i, words, before, weights.outcomes[top])) {
            return weights.outcomes[top];
        }
        String best = weights.outcomes[0];
        double highest = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < sums.length; o++) {
            if (sums[o] > highest && validator.validSequence(i, words, before, weights.outcomes[o])) {
                best = weights.outcomes[o];
                highest = sums[o];
            }
        }
        return best;
    }

    /**
     * Each tag's sum of the weights of {@code features}, into {@link #sums}, added in OpenNLP's order. The features
     * come as the word's own ({@code def}, prefixes, suffixes, {@code w=}), then its neighbours', its shape's and the
     * tags before it; the sums after the word's own features depend on the word alone, so they are remembered per word
     * and the rest is added to them: the same additions in the same order, so the same doubles.
     */
    private void sum(Weights weights, String word, String[] features) {
        int own = ownFeatures(features);
        double[] start = byWord.get(word);
        if (start == null) {
            Arrays.fill(sums, weights.uniformPrior);
            add(weights, features, 0, own);
            if (byWord.size() < WORDS_REMEMBERED) {
                byWord.put(word, sums.clone());
            }
        } else {
            System.arraycopy(start, 0, sums, 0, sums.length);
        }
        add(weights, features, own, features.length);
    }

    private void add(Weights weights, String[] features, int from, int to) {
        for (int f = from; f < to; f++) {
            Context c = weights.byFeature.get(features[f]);
            if (c != null) {
                int[] outcomes = c.getOutcomes();
                double[] parameters = c.getParameters();
                for (int k = 0; k < outcomes.length; k++) {
                    sums[outcomes[k]] += parameters[k];
                }
            }
        }
    }

    /** How many of the features, from the first, are made from the word alone. */
    private static int ownFeatures(String[] features) {
        int own = 0;
        while (own < features.length && isOwn(features[own])) {
            own++;
        }
        return own;
    }

    private static boolean isOwn(String feature) {
        return feature.equals("def")
                || feature.startsWith("suf=")
                || feature.startsWith("pre=")
                || feature.startsWith("w=");
    }

    /** The model, loaded when the first tagger is made: a constant of the library, like a compiled pattern. */
    private static final class Model {
        static final POSModel INSTANCE = load();

        private static POSModel load() {
            try (InputStream in = Tagger.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the part-of-speech model " + MODEL + " is not on the class path");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the part-of-speech model " + MODEL, e);
            }
        }
    }

    /**
     * The maximum-entropy model's weights: each feature's weight for each tag, the tags, and the uniform prior's log
     * probability that OpenNLP starts every sum with.
     */
    private static final class Weights {
        static final Weights INSTANCE = new Weights(Model.INSTANCE.getArtifact("pos.model"));

        final Map<String, Context> byFeature;
        final String[] outcomes;
        final double uniformPrior;

        @SuppressWarnings("unchecked")
        private Weights(AbstractModel model) {
            if (model.getModelType() != AbstractModel.ModelType.Maxent) {
                throw new IllegalStateException(
                        "the part-of-speech model is not a maximum-entropy model: " + model.getModelType());
            }
            Object[] data = model.getDataStructures();
            this.byFeature = (Map<String, Context>) data[1];
            this.outcomes = (String[]) data[2];
            this.uniformPrior = StrictMath.log(1.0 / outcomes.length);
        }
    }
}
