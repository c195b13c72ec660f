package dev.factcheck.report;

import java.io.Writer;

/** A writer that keeps what it is given, the largest piece given at once, and whether it was closed. */
final class RecordingWriter extends Writer {
    private final StringBuilder text = new StringBuilder();
    private int largestWrite;
    private boolean closed;

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
        largestWrite = Math.max(largestWrite, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        closed = true;
    }

    String text() {
        return text.toString();
    }

    int largestWrite() {
        return largestWrite;
    }

    boolean isClosed() {
        return closed;
    }
}
