package dev.factcheck.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One case of {@code conformance-other.jsonl}: a text from another project's test suite and the quantities it must
 * yield, each in factcheck's kind and canonical unit, or the kinds it must not yield.
 *
 * @param id the case's id, as {@code quantulum3-023}
 * @param text the input, as in the origin
 * @param expected every quantity the text must yield
 * @param absent kinds that must not be found at all
 * @param origin repository, commit, file and case the text comes from
 */
record QuantityCase(String id, String text, List<Expected> expected, List<String> absent, String origin) {
    private static final ObjectMapper JSON = new ObjectMapper();
    // Loose enough for unit factors written with fewer digits than ours, tight enough to tell 4.2 from 4.25.
    private static final double TOLERANCE = 1e-6;

    QuantityCase {
        expected = List.copyOf(expected);
        absent = List.copyOf(absent);
    }

    /**
     * An expected quantity: its text, factcheck's kind name, the canonical unit (empty for none) and either the value
     * as written or, for a range, its ends.
     */
    record Expected(String span, String kind, Optional<String> unit, Optional<Double> value, double min, double max) {}

    /** Every case of a {@code .jsonl} resource, one JSON object a line, blank lines skipped. */
    static List<QuantityCase> readAll(String resource) {
        try (InputStream in = Objects.requireNonNull(QuantityCase.class.getResourceAsStream(resource), resource)) {
            List<QuantityCase> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isBlank()) {
                    cases.add(of(JSON.readTree(line)));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Whether each expected quantity is among {@code read} (one read quantity for each) and no absent kind is. */
    boolean isPassedBy(List<Quantity> read) {
        List<Quantity> left = new ArrayList<>(read);
        for (Expected wanted : expected) {
            Optional<Quantity> hit = left.stream().filter(q -> isMet(wanted, q)).findFirst();
            if (hit.isEmpty()) {
                return false;
            }
            left.remove(hit.get());
        }
        return read.stream().noneMatch(q -> absent.contains(q.dimension().kind()));
    }

    /** One line for a failing case: {@code id "text": expected ...; read ...}. */
    String describe(List<Quantity> read) {
        String wanted = expected.isEmpty()
                ? "no " + String.join(" or ", absent)
                : expected.stream().map(QuantityCase::describe).collect(Collectors.joining(", "));
        String got =
                read.isEmpty() ? "nothing" : read.stream().map(this::describe).collect(Collectors.joining(", "));
        return id + " \"" + text + "\": expected " + wanted + "; read " + got;
    }

    private static String describe(Expected e) {
        String value = e.value().map(QuantityCase::number).orElse("[" + number(e.min()) + ", " + number(e.max()) + "]");
        return e.kind() + " " + value + e.unit().map(u -> " " + u).orElse("") + " \"" + e.span() + "\"";
    }

    private String describe(Quantity q) {
        String value = q.value().isPresent()
                ? number(q.value().getAsDouble())
                : "[" + number(q.interval().min()) + ", " + number(q.interval().max()) + "]";
        return q.dimension().kind() + " " + value + q.unit().map(u -> " " + u).orElse("") + " \""
                + text.substring(q.span().start(), q.span().end()) + "\"";
    }

    private static boolean isMet(Expected wanted, Quantity q) {
        if (!wanted.kind().equals(q.dimension().kind()) || !wanted.unit().equals(q.unit())) {
            return false;
        }
        if (wanted.value().isPresent()) {
            return q.value().isPresent()
                    && isClose(wanted.value().get(), q.value().getAsDouble());
        }
        return isClose(wanted.min(), q.interval().min())
                && isClose(wanted.max(), q.interval().max());
    }

    private static boolean isClose(double expected, double actual) {
        return Math.abs(expected - actual) <= TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static QuantityCase of(JsonNode json) {
        List<Expected> expected = new ArrayList<>();
        json.path("expected").forEach(e -> expected.add(expected(e)));
        List<String> absent = new ArrayList<>();
        json.path("absent").forEach(k -> absent.add(k.asText()));
        return new QuantityCase(
                json.path("id").asText(),
                json.path("text").asText(),
                expected,
                absent,
                json.path("origin").asText());
    }

    private static Expected expected(JsonNode e) {
        JsonNode unit = e.path("unit");
        JsonNode value = e.path("value");
        return new Expected(
                e.path("span").asText(),
                e.path("kind").asText(),
                unit.isTextual() ? Optional.of(unit.asText()) : Optional.empty(),
                value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty(),
                e.path("min").asDouble(),
                e.path("max").asDouble());
    }
}
