package dev.factcheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A report written to a {@link Writer} as it is produced. {@link #text} gives the same characters as one string, so
 * that a renderer's {@code render} and its {@code write} cannot differ. Internal.
 */
@FunctionalInterface
interface Document {
    void writeTo(Writer out) throws IOException;

    /** The whole document in memory, for the {@code render} methods and small results. */
    static String text(Document document) {
        StringWriter out = new StringWriter();
        try {
            document.writeTo(out);
        } catch (IOException e) {
            // a StringWriter never fails; this is a renderer's bug
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
