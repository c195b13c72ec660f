package dev.factcheck.extract;

/** What a mention says: a figure read as a quantity, a quote's words, or a form of a name. */
public sealed interface Reading permits Measure, Quoted, Named {}
