package dev.factcheck.rules;

import dev.factcheck.source.InputException;
import dev.factcheck.source.Position;
import dev.factcheck.source.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The problems found in one rule file, in the order found. A problem found twice (a bad {@code defaults} value read
 * for each claim) is kept once.
 */
final class RuleProblems {
    private final String path;
    private final Set<Problem> problems = new LinkedHashSet<>();

    RuleProblems(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    void at(Node node, String message) {
        at(YamlNodes.position(node), message);
    }

    void at(Position position, String message) {
        problems.add(Problem.at(path, position, message));
    }

    void addAll(Collection<Problem> found) {
        problems.addAll(found);
    }

    List<Problem> list() {
        return new ArrayList<>(problems);
    }

    /** Throws every problem found so far, if there is one. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InputException(list());
        }
    }
}
