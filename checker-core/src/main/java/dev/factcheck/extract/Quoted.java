package dev.factcheck.extract;

import java.util.Objects;

/** A mention of a quote claim: the quoted words (the parts of a split quote joined) and who the source says spoke. */
public record Quoted(String words, String speaker) implements Reading {
    public Quoted {
        Objects.requireNonNull(words, "words == null");
        Objects.requireNonNull(speaker, "speaker == null");
    }
}
