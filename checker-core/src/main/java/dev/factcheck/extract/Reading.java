package dev.factcheck.extract;

/** What a mention says: a figure read as a quantity, or a quote's words. */
public sealed interface Reading permits Measure, Quoted {}
