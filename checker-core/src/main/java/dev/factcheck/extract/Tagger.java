package dev.factcheck.extract;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags the words of a sentence with their part of speech, using Apache OpenNLP's English model (Universal Dependencies,
 * EWT). The model is read once, on first use, and shared (it is immutable); a tagger's context generator is not
 * thread-safe, so each thread gets its own tagger, made only when a sentence first needs tags. It decodes
 * greedily (a beam of one) rather than with the model's beam of three: two to three times faster, and on the
 * sentences we tried the tags were the same. Internal.
 */
final class Tagger {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final Object[] NO_CONTEXT = {};

    private final BeamSearch decoder = new BeamSearch(1, Model.INSTANCE.<MaxentModel>getArtifact("pos.model"));
    private final POSContextGenerator context = Model.INSTANCE.getFactory().getPOSContextGenerator(0);
    private final SequenceValidator<String> validator =
            Model.INSTANCE.getFactory().getSequenceValidator();

    /** The tag of each token of {@code sentence}, in order. */
    PartOfSpeech[] tag(List<Token> tokens, TokenRange sentence) {
        String[] words = new String[sentence.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(sentence.from() + i).text();
        }
        List<String> tags =
                decoder.bestSequence(words, NO_CONTEXT, context, validator).getOutcomes();
        PartOfSpeech[] parts = new PartOfSpeech[tags.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = PartOfSpeech.of(tags.get(i));
        }
        return parts;
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
}
