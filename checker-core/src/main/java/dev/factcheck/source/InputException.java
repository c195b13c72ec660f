package dev.factcheck.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's input cannot be checked: every problem found in the rule files and sources of one run, each with its
 * file and position. Thrown once, after all input has been looked at.
 */
public final class InputException extends FactCheckException {
    private static final long serialVersionUID = 1L;

    /** How many problems the message lists before it says how many more there are. */
    public static final int MAX_LISTED = 50;

    @SuppressWarnings("serial") // an immutable List.copyOf, serialisable in practice
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems is empty");
        }
        this.problems = List.copyOf(problems);
    }

    public static InputException of(Problem problem) {
        return new InputException(List.of(problem));
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String listed = problems.stream().limit(MAX_LISTED).map(Problem::render).collect(Collectors.joining("\n"));
        int more = problems.size() - MAX_LISTED;
        return more > 0 ? listed + "\n... and " + more + " more problems" : listed;
    }
}
