package dev.factcheck.extract;

import dev.factcheck.source.Position;
import dev.factcheck.source.SourceText;

/**
 * The evidence line of each mention of one source, copied once per line however many mentions it holds: mentions come
 * in text order, so the last line copied is the one asked for again. Lives for one extraction, on one thread.
 * Internal.
 */
final class EvidenceLines {
    private final SourceText source;
    private int lastLine;
    private String last = "";

    EvidenceLines(SourceText source) {
        this.source = source;
    }

    String line(Position position) {
        if (position.line() != lastLine) {
            lastLine = position.line();
            last = source.lineAt(position.offset());
        }
        return last;
    }
}
