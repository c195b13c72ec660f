package dev.factcheck.extract;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tags the words of a sentence with their part of speech, using Apache OpenNLP's English model (Universal Dependencies,
 * EWT). The model is read once, on first use, and shared (it is immutable); a tagger itself is not thread-safe, so each
 * source gets its own, made only when one of its sentences needs tags. Internal.
 */
final class Tagger {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final POSTaggerME tagger = new POSTaggerME(Model.INSTANCE);

    /** The tag of each token of {@code sentence}, in order. */
    PartOfSpeech[] tag(List<Token> tokens, TokenRange sentence) {
        String[] words = new String[sentence.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(sentence.from() + i).text();
        }
        String[] tags = tagger.tag(words);
        PartOfSpeech[] parts = new PartOfSpeech[tags.length];
        for (int i = 0; i < tags.length; i++) {
            parts[i] = PartOfSpeech.of(tags[i]);
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
