package dev.factcheck.source;

/**
 * A place in a text: 1-based line and column (columns count characters, i.e. code points, from the line start) and
 * the 0-based UTF-16 offset into the text.
 */
public record Position(int line, int column, int offset) {
    public Position {
        if (line < 1 || column < 1 || offset < 0) {
            throw new IllegalArgumentException("bad position " + line + ":" + column + " @" + offset);
        }
    }

    /** A position known only by line and column, as a YAML parser reports it. */
    public static Position of(int line, int column) {
        return new Position(line, column, 0);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
