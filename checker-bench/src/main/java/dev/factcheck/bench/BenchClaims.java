package dev.factcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The 20 claims of the benchmark, each declared beside the sentence templates that mention it, so that every anchor
 * of the rule file occurs in the corpus. Slots such as {@code {count}} are filled by {@link Phrases}.
 */
final class BenchClaims {
    /** A claim: its id, its rule-file keys after {@code id} (one per line) and the sentences that mention it. */
    record BenchClaim(String id, List<String> keys, List<String> templates) {
        BenchClaim {
            keys = List.copyOf(keys);
            templates = List.copyOf(templates);
        }
    }

    static final List<BenchClaim> ALL = List.of(
            claim(
                    "quake.deaths",
                    keys("kind: count", "near: [killed, dead, death toll]", "without: [injured, wounded]"),
                    "{hedge}{count} people were killed when the quake struck {place}, {official} said.",
                    "The death toll rose to {hedge}{count} on {weekday}, according to {official}."),
            claim(
                    "quake.injured",
                    keys("kind: count", "near: [injured, wounded]"),
                    "{hedge}{count} people were injured in {place}, many of them seriously.",
                    "Hospitals in {place} treated {range} wounded overnight."),
            claim(
                    "quake.evacuated",
                    keys("kind: count", "near: [evacuated, evacuees]", "tolerance: 5%"),
                    "Authorities evacuated {hedge}{count} residents from {place}.",
                    "{hedge}{count} evacuees spent the night in tents outside {place}."),
            claim(
                    "quake.homes",
                    keys("kind: count", "near: [destroyed, collapsed]", "with: [homes, houses]"),
                    "{hedge}{count} homes were destroyed in {place}.",
                    "In {place}, {count} houses collapsed in the aftershock."),
            claim(
                    "rescue.duration",
                    keys("kind: duration", "near: [rescue operation, search]"),
                    "The rescue operation in {place} lasted {duration}, {official} said.",
                    "The search went on for {duration} before divers reached the group."),
            claim(
                    "meeting.length",
                    keys("kind: duration", "near: [meeting, talks]", "tolerance: 5%"),
                    "The two leaders held a {durationAdj} meeting on the sidelines of the conference.",
                    "Their talks lasted {duration}, {official} told reporters."),
            claim(
                    "strike.length",
                    keys("kind: duration", "near: [strike, walkout]"),
                    "Union leaders called off the {durationAdj} strike at the port.",
                    "Workers at {company} said the walkout could last {duration}."),
            claim(
                    "deal.value",
                    keys("kind: money", "near: [deal, takeover]"),
                    "The deal between {company} and {company} is worth {hedge}{money}, {official} said.",
                    "{company} agreed to a {money} takeover of a rival."),
            claim(
                    "aid.pledge",
                    keys("kind: money", "near: [pledged, aid]"),
                    "Donors pledged {hedge}{money} in emergency aid for {place}.",
                    "The aid package for {place} amounts to {money}."),
            claim(
                    "city.budget",
                    keys("kind: money", "near: [budget]"),
                    "The city council approved a budget of {money} for next year.",
                    "The budget of {place} grew to {hedge}{money}."),
            claim(
                    "election.turnout",
                    keys("kind: percentage", "near: [turnout]"),
                    "Turnout in {place} was {hedge}{percent}, officials said.",
                    "Officials put turnout at {percent} on {weekday}."),
            claim(
                    "poll.approval",
                    keys("kind: percentage", "near: [approval rating]"),
                    "The president's approval rating fell to {percent} in the latest poll.",
                    "His approval rating stood at {hedge}{percent} in {month}."),
            claim(
                    "economy.unemployment",
                    keys("kind: percentage", "near: [unemployment]"),
                    "Unemployment in {place} rose to {percent} in {month}.",
                    "The unemployment rate was {hedge}{percent}, the statistics office said."),
            claim(
                    "convoy.distance",
                    keys("kind: distance", "near: [convoy]"),
                    "The aid convoy drove {hedge}{distance} through the night to reach {place}.",
                    "Trucks in the convoy covered {distance} on mountain roads."),
            claim(
                    "pipeline.length",
                    keys("kind: distance", "near: [pipeline]"),
                    "{company} will build a {distanceAdj} pipeline to the coast.",
                    "The pipeline stretches {distance} from {place} to {place}."),
            claim(
                    "quake.epicentre",
                    keys("kind: distance", "near: [epicentre, epicenter]"),
                    "The epicentre was {hedge}{distance} southwest of {place}, the survey said.",
                    "Seismologists placed the epicenter {distance} off the coast."),
            claim(
                    "summit.date",
                    keys("kind: date", "near: [summit]"),
                    "The summit opened in {place} on {date}.",
                    "Leaders will meet again at a summit on {date}."),
            claim(
                    "election.date",
                    keys("kind: date", "near: [election]"),
                    "The election was held on {date}, {official} said.",
                    "Parties in {place} prepared for the election on {date}."),
            claim(
                    "rescue.teams",
                    keys("kind: count", "near: [rescuers, soldiers, firefighters]", "without: [killed, injured]"),
                    "{hedge}{count} rescuers were sent to {place} on {weekday}.",
                    "The army deployed {count} soldiers to clear the roads."),
            claim(
                    "relief.volunteers",
                    keys("kind: count", "pattern: 'volunteer(s|ed)?'"),
                    "{hedge}{count} volunteers handed out food and water in {place}.",
                    "Local groups said {count} people volunteered at the shelters."));

    private BenchClaims() {}

    private static BenchClaim claim(String id, List<String> keys, String... templates) {
        return new BenchClaim(id, keys, Arrays.asList(templates));
    }

    private static List<String> keys(String... keys) {
        return List.of(keys);
    }

    /** The rule file: every claim, with a {@code sources} glob that covers {@code news/} beside it. */
    static String ruleFile() {
        StringBuilder yaml = new StringBuilder()
                .append("story: Generated news corpus for the throughput benchmark\n")
                .append("sources:\n  - news/*.txt\n")
                .append("claims:\n");
        for (BenchClaim claim : ALL) {
            yaml.append("  - id: ").append(claim.id()).append('\n');
            claim.keys().forEach(key -> yaml.append("    ").append(key).append('\n'));
        }
        return yaml.toString();
    }

    /** Writes the rule file into {@code folder} and returns it. */
    static Path writeRuleFile(Path folder) throws IOException {
        return Files.writeString(folder.resolve("rules.yaml"), ruleFile(), StandardCharsets.UTF_8);
    }
}
