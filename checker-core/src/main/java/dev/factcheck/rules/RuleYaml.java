package dev.factcheck.rules;

import dev.factcheck.source.InputException;
import dev.factcheck.source.Position;
import dev.factcheck.source.Problem;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Composes a rule file's text into YAML nodes, within limits that keep hostile input cheap (size, nesting, aliases),
 * and turns every YAML error into one positioned {@link Problem}.
 */
final class RuleYaml {
    /** Rule files are a few kilobytes; a megabyte is not a rule file. */
    static final int MAX_CHARS = 1_000_000;

    /** A rule file nests four levels deep; twenty leaves room for any layout. */
    static final int MAX_DEPTH = 20;

    /** Enough aliases to share a few lists, too few to build an exponential "billion laughs" document. */
    static final int MAX_ALIASES = 10;

    private RuleYaml() {}

    /** The document's root node, or empty when the text holds no document. */
    static Optional<Node> compose(String path, String text) {
        if (text.length() > MAX_CHARS) {
            throw InputException.of(Problem.in(path, tooLarge(text.length())));
        }
        try {
            return Optional.ofNullable(new Yaml(options()).compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            throw InputException.of(marked(path, e));
        } catch (ReaderException e) {
            throw InputException.of(Problem.at(path, positionOf(text, e.getPosition()), unreadable(e.getCodePoint())));
        } catch (YAMLException e) {
            throw InputException.of(limitCrossed(text, e)
                    .map(position -> Problem.at(path, position, unmarked(e)))
                    .orElseGet(() -> Problem.in(path, unmarked(e))));
        }
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    private static String tooLarge(int length) {
        return String.format(
                Locale.ROOT, "rule file is too large: %,d characters (the limit is %,d)", length, MAX_CHARS);
    }

    private static Problem marked(String path, MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        String message = "malformed YAML: " + e.getProblem() + context;
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null
                ? Problem.in(path, message)
                : Problem.at(path, Position.of(mark.getLine() + 1, mark.getColumn() + 1), message);
    }

    private static String unreadable(int codePoint) {
        return String.format(
                Locale.ROOT,
                "malformed YAML: special character U+%04X is not allowed (a rule file is plain UTF-8 text)",
                codePoint);
    }

    /** Where the text crosses the limit that {@code e} reports, found by walking its events again. */
    private static Optional<Position> limitCrossed(String text, YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Nesting Depth exceeded")) {
            return YamlLimits.tooDeep(text, MAX_DEPTH);
        }
        if (message.startsWith("Number of aliases")) {
            return YamlLimits.tooManyAliases(text, MAX_ALIASES);
        }
        return Optional.empty();
    }

    /** The errors SnakeYAML reports without a place: the limits above. */
    private static String unmarked(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Nesting Depth exceeded")) {
            return "malformed YAML: nested deeper than " + MAX_DEPTH + " levels (a rule file needs four)";
        }
        if (message.startsWith("Number of aliases")) {
            return "malformed YAML: more than " + MAX_ALIASES
                    + " aliases of lists or mappings (write the values out, or use 'defaults')";
        }
        return "malformed YAML: " + message;
    }

    /** The line and column of a code point index, counting line breaks as SnakeYAML does. */
    static Position positionOf(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int offset = 0;
        for (int index = 0; index < codePointIndex && offset < text.length(); index++) {
            int c = text.codePointAt(offset);
            offset += Character.charCount(c);
            boolean crBeforeLf = c == '\r' && offset < text.length() && text.charAt(offset) == '\n';
            boolean lineBreak = c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\r';
            if (lineBreak && !crBeforeLf) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Position.of(line, column);
    }
}
