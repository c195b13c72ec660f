package dev.factcheck.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One public conformance case from {@code ../shared/conformance}: a text and the mentions it must yield, or the kinds
 * it must not yield. Checked with that folder's suggested matching rule.
 *
 * @param id the case's id, as {@code rt-number-025}
 * @param text the input, leading and trailing spaces kept
 * @param expected every mention the text must yield
 * @param absent kinds that must not be found at all
 */
record NumberCase(String id, String text, List<Expected> expected, List<String> absent) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double TOLERANCE = 1e-9;
    private static final Map<Dimension, String> KINDS =
            Map.of(Dimension.NUMBER, "number", Dimension.ORDINAL, "ordinal", Dimension.PERCENTAGE, "percentage");

    NumberCase {
        expected = List.copyOf(expected);
        absent = List.copyOf(absent);
    }

    /** An expected mention: its text as written, its kind and its normalised value. */
    record Expected(String span, String kind, double value) {}

    /** How much of a read quantity must match: the README's rule, or its stricter variant that adds the text. */
    enum Match {
        KIND_AND_VALUE,
        SPAN_TOO
    }

    /** Every case of a {@code .jsonl} file, one JSON object a line, blank lines skipped. */
    static List<NumberCase> readAll(Path jsonl) {
        try {
            List<NumberCase> cases = new ArrayList<>();
            for (String line : Files.readAllLines(jsonl)) {
                if (!line.isBlank()) {
                    cases.add(of(JSON.readTree(line)));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl + ": " + e.getMessage(), e);
        }
    }

    /** Whether each expected mention is among {@code read} (one quantity for each) and no absent kind is. */
    boolean isPassedBy(List<Quantity> read, Match match) {
        List<Quantity> left = new ArrayList<>(read);
        for (Expected mention : expected) {
            Optional<Quantity> hit =
                    left.stream().filter(q -> isMet(mention, q, match)).findFirst();
            if (hit.isEmpty()) {
                return false;
            }
            left.remove(hit.get());
        }
        return read.stream().noneMatch(q -> absent.contains(kind(q)));
    }

    /** One line for a failing case: {@code id "text": expected ...; read ...}. */
    String describe(List<Quantity> read) {
        String wanted = expected.isEmpty()
                ? "no " + String.join(" or ", absent)
                : expected.stream()
                        .map(e -> e.kind() + " " + number(e.value()) + " \"" + e.span() + "\"")
                        .collect(Collectors.joining(", "));
        String got =
                read.isEmpty() ? "nothing" : read.stream().map(this::describe).collect(Collectors.joining(", "));
        return id + " \"" + text + "\": expected " + wanted + "; read " + got;
    }

    private String describe(Quantity quantity) {
        String value = quantity.value().isPresent()
                ? number(quantity.value().getAsDouble())
                : "[" + number(quantity.interval().min()) + ", "
                        + number(quantity.interval().max()) + "]";
        return kind(quantity) + " " + value + " \"" + spanText(quantity) + "\"";
    }

    private boolean isMet(Expected mention, Quantity quantity, Match match) {
        return mention.kind().equals(kind(quantity))
                && quantity.value().isPresent()
                && isClose(mention.value(), quantity.value().getAsDouble())
                && (match == Match.KIND_AND_VALUE || collapsed(mention.span()).equals(collapsed(spanText(quantity))));
    }

    private String spanText(Quantity quantity) {
        return text.substring(quantity.span().start(), quantity.span().end());
    }

    /** Our dimension's name in the cases' words; dimensions the cases do not know keep their own name. */
    private static String kind(Quantity quantity) {
        return KINDS.getOrDefault(
                quantity.dimension(), quantity.dimension().name().toLowerCase(Locale.ROOT));
    }

    private static boolean isClose(double expected, double actual) {
        return Math.abs(expected - actual) <= TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
    }

    /** Case-insensitive, whitespace collapsed, as the stricter variant compares texts. */
    private static String collapsed(String span) {
        return span.strip().replaceAll("(?U)\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static NumberCase of(JsonNode json) {
        List<Expected> expected = new ArrayList<>();
        json.path("expected")
                .forEach(e -> expected.add(new Expected(
                        e.path("span").asText(),
                        e.path("kind").asText(),
                        e.path("value").asDouble())));
        List<String> absent = new ArrayList<>();
        json.path("absent").forEach(k -> absent.add(k.asText()));
        return new NumberCase(json.path("id").asText(), json.path("text").asText(), expected, absent);
    }
}
