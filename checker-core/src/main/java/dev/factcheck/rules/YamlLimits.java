package dev.factcheck.rules;

import dev.factcheck.source.Position;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Finds where a rule file crosses the nesting or alias limit. SnakeYAML's composer refuses such a file without a
 * place, so the file's events (which the parser yields lazily, without building nodes) are walked again, counting as
 * the composer does, up to the event that crosses the limit.
 */
final class YamlLimits {
    private YamlLimits() {}

    /** The position of the first collection nested deeper than {@code maxDepth}, if any. */
    static Optional<Position> tooDeep(String text, int maxDepth) {
        int depth = 0;
        try {
            for (Event event : events(text)) {
                if (event instanceof CollectionStartEvent && ++depth > maxDepth) {
                    return Optional.of(position(event.getStartMark()));
                }
                if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The position of the alias of a list or mapping beyond the first {@code maxAliases}, if any. */
    static Optional<Position> tooManyAliases(String text, int maxAliases) {
        Set<String> collections = new HashSet<>();
        int aliases = 0;
        try {
            for (Event event : events(text)) {
                if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
                    collections.add(start.getAnchor());
                }
                if (event instanceof AliasEvent alias
                        && collections.contains(alias.getAnchor())
                        && ++aliases > maxAliases) {
                    return Optional.of(position(event.getStartMark()));
                }
            }
        } catch (YAMLException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Iterable<Event> events(String text) {
        return new Yaml(new LoaderOptions()).parse(new StringReader(text));
    }

    private static Position position(Mark mark) {
        return Position.of(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
