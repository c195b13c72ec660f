package dev.factcheck.source;

/** The root of factcheck's exceptions: bad input (see {@link InputException}) or a bug. */
public class FactCheckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FactCheckException(String message) {
        super(message);
    }

    public FactCheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
