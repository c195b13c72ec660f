package dev.factcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A news story's hand-checked claims ({@code truth.json}) and, where one rule claim covers several truth claims, its
 * {@code map.json}, read as {@code ../shared/news/score.py} reads them.
 *
 * @param slug the story folder's name
 * @param claims the truth claims, in file order
 * @param ruleOf the rule claim id that answers each truth claim id (the truth id itself unless mapped)
 */
record NewsStoryTruth(String slug, List<Claim> claims, Map<String, String> ruleOf) {
    private static final ObjectMapper JSON = new ObjectMapper();

    NewsStoryTruth {
        claims = List.copyOf(claims);
        ruleOf = Map.copyOf(ruleOf);
    }

    /**
     * One truth claim.
     *
     * @param unit the claim's unit as written, empty when it has none (score.py treats both alike)
     */
    record Claim(String id, String kind, String unit, String verdict, List<Listed> mentions) {
        Claim {
            mentions = List.copyOf(mentions);
        }
    }

    /** One listed mention; {@code min} and {@code max} stay JSON, since score.py reads only numbers among them. */
    record Listed(String source, String text, JsonNode min, JsonNode max) {}

    static NewsStoryTruth read(Path story) {
        JsonNode truth = tree(story.resolve("truth.json"));
        List<Claim> claims = new ArrayList<>();
        truth.path("claims").forEach(c -> claims.add(claim(c)));
        Map<String, String> ruleOf = new LinkedHashMap<>();
        claims.forEach(c -> ruleOf.put(c.id(), c.id()));
        Path map = story.resolve("map.json");
        if (Files.exists(map)) {
            tree(map).properties().forEach(e -> e.getValue().forEach(t -> map(ruleOf, t.asText(), e.getKey())));
        }
        return new NewsStoryTruth(story.getFileName().toString(), claims, ruleOf);
    }

    /** score.py's {@code combined}: a rule claim covering several truth claims diverges if any does, else agrees. */
    String expected(Claim claim) {
        String rule = ruleOf.get(claim.id());
        List<String> verdicts = claims.stream()
                .filter(c -> ruleOf.get(c.id()).equals(rule))
                .map(Claim::verdict)
                .toList();
        return verdicts.contains("diverge") ? "diverge" : verdicts.contains("agree") ? "agree" : "single-source";
    }

    private static void map(Map<String, String> ruleOf, String truthId, String ruleId) {
        if (!ruleOf.containsKey(truthId)) {
            throw new IllegalStateException("map names '" + truthId + "', which is not a claim of truth.json");
        }
        ruleOf.put(truthId, ruleId);
    }

    private static Claim claim(JsonNode claim) {
        List<Listed> mentions = new ArrayList<>();
        claim.path("mentions")
                .forEach(m -> mentions.add(
                        new Listed(m.path("source").asText(), m.path("text").asText(), m.path("min"), m.path("max"))));
        JsonNode unit = claim.path("unit");
        return new NewsStoryTruth.Claim(
                claim.path("id").asText(),
                claim.path("kind").asText(),
                unit.isValueNode() && !unit.isNull() ? unit.asText() : "",
                claim.path("verdict").asText(),
                mentions);
    }

    private static JsonNode tree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
