package dev.factcheck.extract;

import dev.factcheck.source.Token;
import dev.factcheck.source.TokenRange;
import java.util.List;
import java.util.function.Supplier;

/**
 * The parts of speech of one sentence's tokens, tagged on first use and only up to the last token asked for: most
 * sentences are bound without them, and tagging costs far more than reading. Not thread-safe; one sentence is read by one thread. Internal.
 */
final class SentenceTags {
    private final List<Token> tokens;
    private final TokenRange sentence;
    private final Supplier<Tagger> tagger;
    private final PartOfSpeech[] tags;
    private Tagger.Tagging tagging;

    SentenceTags(List<Token> tokens, TokenRange sentence, Supplier<Tagger> tagger) {
        this.tokens = tokens;
        this.sentence = sentence;
        this.tagger = tagger;
        this.tags = new PartOfSpeech[sentence.size()];
    }

    /** The part of speech of token {@code i} of the text (which lies in the sentence). */
    PartOfSpeech at(int i) {
        int word = i - sentence.from();
        if (tags[word] == null) {
            if (tagging == null) {
                tagging = tagger.get().start(tokens, sentence);
            }
            tags[word] = PartOfSpeech.of(tagging.tagOf(word));
        }
        return tags[word];
    }

    /**
     * Whether token {@code i} is a verb of a clause: an auxiliary, or a verb other than a participle inside a noun
     * phrase ({@code a densely populated county}, {@code 33 trapped miners}, {@code the injured people}).
     */
    boolean isVerb(int i) {
        PartOfSpeech pos = at(i);
        if (pos == PartOfSpeech.AUX) {
            return true;
        }
        return pos == PartOfSpeech.VERB && !(isInsideNounPhrase(i - 1) && isNominal(i + 1));
    }

    /** The end of the nouns and adjectives from token {@code from} on: {@code 33 [trapped miners] who}. */
    int nounPhraseEnd(int from) {
        int i = from;
        while (isNominal(i)) {
            i++;
        }
        return i;
    }

    private boolean isInsideNounPhrase(int before) {
        if (before < sentence.from()) {
            return false;
        }
        PartOfSpeech pos = at(before);
        return pos == PartOfSpeech.DET || pos == PartOfSpeech.ADJ || pos == PartOfSpeech.ADV || pos == PartOfSpeech.NUM;
    }

    /** Whether token {@code i} is a noun, a proper noun or an adjective (false outside the sentence). */
    boolean isNominal(int i) {
        if (i < sentence.from() || i >= sentence.to()) {
            return false;
        }
        PartOfSpeech pos = at(i);
        return pos == PartOfSpeech.NOUN || pos == PartOfSpeech.PROPN || pos == PartOfSpeech.ADJ;
    }
}
