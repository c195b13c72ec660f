package dev.factcheck.api;

import dev.factcheck.source.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A claim declared in code, key by key as in a rule file:
 * {@code ClaimSpec.count("syria.death-toll").near("killed", "dead").without("injured")}. Immutable: each method
 * returns a new spec. Nothing is checked here; {@link FactCheckBuilder#build()} reads every spec with the rule-file
 * parser, so keys, defaults and messages are exactly those of rule files.
 */
public final class ClaimSpec {
    private static final List<String> LIST_KEYS = List.of("near", "with", "without", "variants");

    private final String id;
    private final String kind;
    private final Map<String, List<String>> keys;

    private ClaimSpec(String id, String kind, Map<String, List<String>> keys) {
        this.id = id;
        this.kind = kind;
        this.keys = keys;
    }

    /** A {@code count} claim: how many people, things or events ({@code at least 23,000 dead}). */
    public static ClaimSpec count(String id) {
        return of("count", id);
    }

    /** A {@code duration} claim: how long something lasted ({@code a 55-minute meeting}). */
    public static ClaimSpec duration(String id) {
        return of("duration", id);
    }

    /** A {@code quote} claim: the words a speaker said, compared word by word; give the speaker or {@code near}. */
    public static ClaimSpec quote(String id) {
        return of("quote", id);
    }

    /** A {@code name} claim: the forms of a name that are right, given with {@link #variants} or {@link #expected}. */
    public static ClaimSpec name(String id) {
        return of("name", id);
    }

    /**
     * A claim of any kind a rule file may name ({@code distance}, {@code money}, {@code percentage}...). An unknown
     * kind is reported by {@link FactCheckBuilder#build()} as a rule file's would be, with a suggestion.
     */
    public static ClaimSpec of(String kind, String id) {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(id, "id == null");
        return new ClaimSpec(id, kind, Map.of());
    }

    /** The claim's id, as given. */
    public String id() {
        return id;
    }

    /** The claim's kind, as given. */
    public String kind() {
        return kind;
    }

    /** Sets {@code description}: what the claim is, for people. */
    public ClaimSpec description(String description) {
        return set("description", description);
    }

    /** Adds words or phrases to {@code near}: what marks a mention ({@code kill*} takes any ending). */
    public ClaimSpec near(String... terms) {
        return add("near", terms);
    }

    /** Adds words or phrases to {@code with}: one of them must also stand by the figure. */
    public ClaimSpec with(String... terms) {
        return add("with", terms);
    }

    /** Adds words or phrases to {@code without}: one of them standing in the figure's clause rules it out. */
    public ClaimSpec without(String... terms) {
        return add("without", terms);
    }

    /** Sets {@code pattern}: an RE2 expression, case-insensitive, that marks a mention. */
    public ClaimSpec pattern(String regex) {
        return set("pattern", regex);
    }

    /** Sets {@code within} to a number of words: how far from its anchor a figure may stand (default: the sentence). */
    public ClaimSpec within(int words) {
        return set("within", Integer.toString(words));
    }

    /** Sets {@code tolerance}: relative ({@code 5%}) or in the claim's unit ({@code 2}, {@code 5 minutes}). */
    public ClaimSpec tolerance(String tolerance) {
        return set("tolerance", tolerance);
    }

    /** Sets {@code expected}: a reference value as a reporter would write it, which every mention must meet. */
    public ClaimSpec expected(String expected) {
        return set("expected", expected);
    }

    /** Sets {@code severity}: how much a problem with this claim matters (default {@link Severity#ERROR}). */
    public ClaimSpec severity(Severity severity) {
        Objects.requireNonNull(severity, "severity == null");
        return set("severity", severity.label());
    }

    /** Sets {@code speaker}: who is quoted, for quote claims. */
    public ClaimSpec speaker(String speaker) {
        return set("speaker", speaker);
    }

    /** Sets {@code unit}: keeps only mentions in this unit or currency ({@code GBP}). */
    public ClaimSpec unit(String unit) {
        return set("unit", unit);
    }

    /** Adds forms of a name that are right, for name claims. */
    public ClaimSpec variants(String... names) {
        return add("variants", names);
    }

    /** The claim as the one item of a rule file's {@code claims} list, indented under {@code claims:}. */
    String toYaml() {
        StringBuilder yaml = new StringBuilder();
        yaml.append("  - id: ").append(quoted(id)).append('\n');
        yaml.append("    kind: ").append(quoted(kind)).append('\n');
        keys.forEach((key, values) -> yaml.append("    ")
                .append(key)
                .append(": ")
                .append(value(key, values))
                .append('\n'));
        return yaml.toString();
    }

    /** The claim as a rule file would declare it, in YAML flow style. */
    @Override
    public String toString() {
        return "{id: " + quoted(id) + ", kind: " + quoted(kind)
                + keys.entrySet().stream()
                        .map(e -> ", " + e.getKey() + ": " + value(e.getKey(), e.getValue()))
                        .collect(Collectors.joining())
                + "}";
    }

    private ClaimSpec set(String key, String value) {
        Objects.requireNonNull(value, key + " == null");
        Map<String, List<String>> copy = new LinkedHashMap<>(keys);
        copy.put(key, List.of(value));
        return new ClaimSpec(id, kind, copy);
    }

    private ClaimSpec add(String key, String... values) {
        Objects.requireNonNull(values, key + " == null");
        List<String> all = new ArrayList<>(keys.getOrDefault(key, List.of()));
        for (int i = 0; i < values.length; i++) {
            all.add(Objects.requireNonNull(values[i], key + "[" + i + "] == null"));
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(keys);
        copy.put(key, List.copyOf(all));
        return new ClaimSpec(id, kind, copy);
    }

    private static String value(String key, List<String> values) {
        return LIST_KEYS.contains(key) ? list(values) : quoted(values.get(0));
    }

    private static String list(List<String> values) {
        return values.stream().map(ClaimSpec::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML double-quoted scalar, so that no text can change the document's structure. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.append(Character.toChars(c));
            }
        });
        return out.append('"').toString();
    }
}
