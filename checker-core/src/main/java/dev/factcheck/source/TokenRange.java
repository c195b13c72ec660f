package dev.factcheck.source;

/** The tokens {@code [from, to)} of a token list: a sentence or a clause. Internal, may change. */
public record TokenRange(int from, int to) {
    public TokenRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad token range [" + from + ", " + to + ")");
        }
    }

    public boolean contains(int index) {
        return from <= index && index < to;
    }

    public int size() {
        return to - from;
    }
}
