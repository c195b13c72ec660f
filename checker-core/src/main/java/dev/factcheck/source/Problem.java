package dev.factcheck.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem with the user's input (a rule file or a source): where it is and what is wrong. Rendered as
 * {@code path:line:column: error: message}, without the position when there is none.
 */
public record Problem(String path, Optional<Position> position, String message) {
    public Problem {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(position, "position == null");
        Objects.requireNonNull(message, "message == null");
    }

    public static Problem at(String path, Position position, String message) {
        return new Problem(path, Optional.of(position), message);
    }

    public static Problem in(String path, String message) {
        return new Problem(path, Optional.empty(), message);
    }

    /** The one-line form: {@code path:line:column: error: message}. */
    public String render() {
        return path + position.map(p -> ":" + p.line() + ":" + p.column()).orElse("") + ": error: " + message;
    }
}
