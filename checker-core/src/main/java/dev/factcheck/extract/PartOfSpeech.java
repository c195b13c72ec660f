package dev.factcheck.extract;

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
        for (PartOfSpeech pos : values()) {
            if (pos.name().equals(tag)) {
                return pos;
            }
        }
        return OTHER;
    }
}
