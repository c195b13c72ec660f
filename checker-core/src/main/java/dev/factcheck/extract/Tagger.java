package dev.factcheck.extract;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags the words of a sentence with their part of speech, using Apache OpenNLP's English model (Universal Dependencies,
 * EWT, a maximum-entropy model). The model is read once, on first use, and shared (it is immutable); a tagger remembers
 * the words it has met, so each thread gets its own, made only when a sentence first needs tags. It decodes greedily,
 * word by word, rather than with the model's beam of three: two to three times faster, and on the sentences we tried
 * the tags were the same. Greedy decoding keeps, at each word, the valid tag with the highest probability; the
 * probabilities are the exponentials of sums of the features' weights, divided by one normaliser, so the highest sum
 * is the highest probability, and the tagger takes it from the sums without OpenNLP's exponentials, normalisation and
 * sorting. It adds the weights of the features OpenNLP's context generator would make, in its order, so the sums are
 * the same doubles, but without making the features' strings: what each word contributes is looked up once per word
 * ({@link WordWeights}). Internal.
 */
final class Tagger {
    /** Words whose weights a tagger remembers: a few MB, most of the words of a day's news. */
    private static final int WORDS_REMEMBERED = 1 << 15;

    /** Whether {@link #loadInBackground} started reading the model already; the model is read once per class loader. */
    private static final AtomicBoolean LOADING_STARTED = new AtomicBoolean();

    private final TaggerModel model = TaggerModel.INSTANCE;
    private final SequenceValidator<String> validator = model.validator();
    private final double[] sums = new double[model.outcomes().length];
    /** The weights of the words met so far (up to {@link #WORDS_REMEMBERED}). */
    private final Map<String, WordWeights> byWord = new HashMap<>();

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
        Thread thread = new Thread(() -> Objects.requireNonNull(TaggerModel.INSTANCE), "factcheck-tagger-model");
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
        private final WordWeights[] weights;
        private final String[] tags;
        private final int[] tagNumbers;
        private int tagged;

        private Tagging(String[] words) {
            this.words = words;
            this.weights = new WordWeights[words.length];
            this.tags = new String[words.length];
            this.tagNumbers = new int[words.length];
        }

        /** The tag of word {@code i} of the sentence (counted from 0). */
        String tagOf(int i) {
            tagUpTo(i);
            return tags[i];
        }

        /** Tags words up to {@code i}. */
        void tagUpTo(int i) {
            for (; tagged <= i; tagged++) {
                sum(tagged);
                int best = best(tagged);
                tagNumbers[tagged] = best;
                tags[tagged] = model.outcomes()[best];
            }
        }

        /**
         * Each tag's sum of the weights of word {@code i}'s features, into {@link #sums}, in the order the model's
         * feature generator ({@code generator.featuregen}: its own features; the words two before and two after;
         * the sentence's start within two words; its shape; the tags before it) makes them.
         */
        private void sum(int i) {
            WordWeights word = weightsOf(i);
            System.arraycopy(word.own(), 0, sums, 0, sums.length);
            if (i >= 1) {
                add(weightsOf(i - 1).oneBefore());
            }
            if (i >= 2) {
                add(weightsOf(i - 2).twoBefore());
            }
            if (i + 1 < words.length) {
                add(weightsOf(i + 1).oneAfter());
            }
            if (i + 2 < words.length) {
                add(weightsOf(i + 2).twoAfter());
            }
            if (i < TaggerModel.SENTENCE_START_WINDOW) {
                add(model.sentenceStart(i));
            }
            add(word.shape());
            add(word.wordAndShape());
            if (i >= 1) {
                add(model.tagBefore(tagNumbers[i - 1]));
            }
            if (i >= 2) {
                add(model.tagsBefore(tagNumbers[i - 2], tagNumbers[i - 1]));
            }
        }

        /** The valid tag of word {@code i} whose features' weights sum highest. */
        private int best(int i) {
            String[] outcomes = model.outcomes();
            int top = 0;
            for (int o = 1; o < sums.length; o++) {
                if (sums[o] > sums[top]) {
                    top = o;
                }
            }
            // the highest is nearly always valid: ask the tag dictionary about the others only when it is not.
            // OpenNLP's
            // decoder hands the validator a copy of the tags so far; the dictionary reads none of them, so the
            // sentence's own array, unset from word i on, does without a copy per word
            if (validator.validSequence(i, words, tags, outcomes[top])) {
                return top;
            }
            int best = 0;
            double highest = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < sums.length; o++) {
                if (sums[o] > highest && validator.validSequence(i, words, tags, outcomes[o])) {
                    best = o;
                    highest = sums[o];
                }
            }
            return best;
        }

        private WordWeights weightsOf(int i) {
            if (weights[i] == null) {
                weights[i] = remembered(words[i]);
            }
            return weights[i];
        }
    }

    private WordWeights remembered(String word) {
        WordWeights known = byWord.get(word);
        if (known != null) {
            return known;
        }
        WordWeights weights = WordWeights.of(word, model);
        if (byWord.size() < WORDS_REMEMBERED) {
            byWord.put(word, weights);
        }
        return weights;
    }

    private void add(Context feature) {
        TaggerModel.add(sums, feature);
    }
}
