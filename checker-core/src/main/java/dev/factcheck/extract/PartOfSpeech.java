package dev.factcheck.extract;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The universal part-of-speech tags (Universal Dependencies) the binder reads: whether a word is a verb, a noun, a
 * preposition or a subordinating conjunction decides which phrase and clause a figure belongs to. Internal.
 */
enum PartOfSpeech {
    NOUN,
    PROPN,
    VERB,
    AUX,
    ADP,
    SCONJ,
    CCONJ,
    DET,
    NUM,
    ADJ,
    ADV,
    PRON,
    PART,
    PUNCT,
    SYM,
    OTHER;

    /** The tag a tagger printed ({@code NOUN}, {@code VERB}...); anything unknown is {@link #OTHER}. */
    static PartOfSpeech of(String tag) {
        return BY_TAG.getOrDefault(tag, OTHER);
    }

    private static final Map<String, PartOfSpeech> BY_TAG =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(PartOfSpeech::name, pos -> pos));
}
