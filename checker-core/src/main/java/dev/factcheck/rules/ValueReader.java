package dev.factcheck.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.factcheck.source.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the plain values of a rule file (text, lists of terms and globs, {@code within}, {@code severity},
 * {@code pattern}), reporting each value that is not allowed where it stands.
 */
final class ValueReader {
    private static final java.util.regex.Pattern WORD_COUNT = java.util.regex.Pattern.compile("[1-9][0-9]{0,5}");
    /** Texts in which a pattern that can match nothing shows it: empty, a word, figures and punctuation. */
    private static final List<String> EMPTY_MATCH_PROBES = List.of("", "a", "The 23 killed, 4 hurt.");

    private static final java.util.regex.Pattern BACKREFERENCE = java.util.regex.Pattern.compile("\\\\[0-9]");
    private static final List<String> SEVERITIES =
            Arrays.stream(Severity.values()).map(Severity::label).collect(Collectors.toUnmodifiableList());

    private final RuleProblems problems;

    ValueReader(RuleProblems problems) {
        this.problems = problems;
    }

    /** A scalar's text. */
    Optional<String> text(Field field) {
        Optional<String> text = YamlNodes.text(field.value());
        if (text.isEmpty()) {
            problems.at(field.value(), field.named() + " must be text, found " + YamlNodes.describe(field.value()));
        }
        return text;
    }

    /** A list of words or phrases, or a single one. */
    List<Term> terms(Field field) {
        List<Term> terms = new ArrayList<>();
        for (Node item : items(field, "a list of words or phrases")) {
            String text = YamlNodes.text(item).orElseThrow();
            if (isTerm(field, item, text)) {
                terms.add(Term.parse(text));
            }
        }
        return terms;
    }

    /** The scalar items of a list, or the value itself when it is a single scalar; reports anything else. */
    List<Node> items(Field field, String expectation) {
        Node value = field.value();
        if (YamlNodes.text(value).isPresent()) {
            return List.of(value);
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.at(value, field.named() + " must be " + expectation + ", found " + YamlNodes.describe(value));
            return List.of();
        }
        List<Node> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (YamlNodes.text(item).isPresent()) {
                items.add(item);
            } else {
                problems.at(item, field.named() + " must be " + expectation + ", found " + YamlNodes.describe(item));
            }
        }
        return items;
    }

    private boolean isTerm(Field field, Node item, String text) {
        String body = text.strip();
        int star = body.indexOf('*');
        if (body.codePoints().noneMatch(Character::isLetterOrDigit)) {
            problems.at(item, field.named() + " holds an empty word or phrase (write a word, or remove the item)");
            return false;
        }
        if (star >= 0 && star != body.length() - 1) {
            problems.at(
                    item,
                    field.named() + " holds " + YamlNodes.quoted(text)
                            + " with '*' inside (a '*' may only end a term, as in 'kill*')");
            return false;
        }
        if (Term.parse(text).words().contains("")) {
            problems.at(
                    item,
                    field.named() + " holds " + YamlNodes.quoted(text)
                            + " with an empty word (separate words by spaces or single hyphens)");
            return false;
        }
        return true;
    }

    /** {@code sentence} or a positive number of words. */
    Optional<Within> within(Field field) {
        Optional<String> text = text(field).map(String::strip);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if ("sentence".equals(text.get())) {
            return Optional.of(Within.SENTENCE);
        }
        if (WORD_COUNT.matcher(text.get()).matches()) {
            return Optional.of(Within.words(Integer.parseInt(text.get())));
        }
        problems.at(
                field.value(),
                field.named() + " must be 'sentence' or a positive number of words, found "
                        + YamlNodes.quoted(text.get()));
        return Optional.empty();
    }

    /** {@code error}, {@code warning} or {@code info}. */
    Optional<Severity> severity(Field field) {
        Optional<String> text = text(field);
        Optional<Severity> severity = text.flatMap(label -> Arrays.stream(Severity.values())
                .filter(s -> s.label().equals(label))
                .findFirst());
        if (text.isPresent() && severity.isEmpty()) {
            problems.at(
                    field.value(),
                    "unknown severity " + YamlNodes.quoted(text.get()) + Field.in(field.owner()) + " "
                            + KeySuggestions.hint(text.get(), SEVERITIES));
        }
        return severity;
    }

    /** An RE2 expression, compiled case-insensitive. */
    Optional<Pattern> pattern(Field field) {
        Optional<String> text = text(field);
        if (text.isPresent() && text.get().isBlank()) {
            problems.at(field.value(), field.named() + " is empty (write an RE2 expression, or use 'near')");
            return Optional.empty();
        }
        try {
            return text.map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE))
                    .filter(compiled -> !isRefusedAsMatchingEmptyText(field, compiled));
        } catch (PatternSyntaxException e) {
            problems.at(
                    field.value(),
                    "invalid pattern " + YamlNodes.quoted(text.orElseThrow()) + Field.in(field.owner()) + ": "
                            + reason(e));
            return Optional.empty();
        }
    }

    /**
     * A pattern that can match no text at all ({@code a*}, {@code (killed)?}, {@code x|}) matches beside every figure,
     * which would make each one a mention: it is refused as the empty pattern is.
     */
    private boolean isRefusedAsMatchingEmptyText(Field field, Pattern compiled) {
        if (!matchesEmptyText(compiled)) {
            return false;
        }
        problems.at(
                field.value(),
                "pattern " + YamlNodes.quoted(compiled.pattern()) + Field.in(field.owner())
                        + " matches empty text, so every figure would be a mention: make it match at least one"
                        + " character (e.g. 'a+' rather than 'a*')");
        return true;
    }

    /** Whether a match of no characters is found in any of a few short texts, at a word's edge or between words. */
    private static boolean matchesEmptyText(Pattern compiled) {
        for (String probe : EMPTY_MATCH_PROBES) {
            com.google.re2j.Matcher matcher = compiled.matcher(probe);
            while (matcher.find()) {
                if (matcher.start() == matcher.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String reason(PatternSyntaxException e) {
        String part = e.getPattern();
        if (BACKREFERENCE.matcher(part).matches()) {
            return "backreferences such as '" + part
                    + "' are not supported (RE2 matches in linear time and cannot refer back to a group)";
        }
        return e.getDescription() + " at " + YamlNodes.quoted(part)
                + " (see https://github.com/google/re2/wiki/Syntax)";
    }
}
