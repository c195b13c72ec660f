package dev.factcheck.bench;

import java.util.List;

/**
 * The words and sentences around the claims: prose without a claim's anchor, with figures that are not counts (years,
 * ranks, names with digits, clock times, scores) to keep the reader honest.
 */
final class FillerWords {
    static final List<String> NOUNS = List.of(
            "government",
            "residents",
            "council",
            "committee",
            "report",
            "officials",
            "police",
            "economy",
            "region",
            "ministry",
            "company",
            "workers",
            "families",
            "schools",
            "market",
            "village",
            "bridge",
            "province",
            "hospital",
            "agency",
            "weather",
            "road",
            "river",
            "community",
            "investors",
            "court",
            "parliament",
            "statement",
            "agreement",
            "shares",
            "reporters",
            "neighbours",
            "streets",
            "airport",
            "harbour");
    static final List<String> ADJECTIVES = List.of(
            "local",
            "heavy",
            "difficult",
            "early",
            "official",
            "regional",
            "public",
            "recent",
            "national",
            "senior",
            "small",
            "remote",
            "temporary",
            "urgent",
            "quiet",
            "foreign",
            "strong",
            "former",
            "annual",
            "daily");
    static final List<String> VERBS = List.of(
            "said",
            "expected",
            "reported",
            "criticised",
            "welcomed",
            "reviewed",
            "announced",
            "questioned",
            "confirmed",
            "described",
            "visited",
            "praised",
            "warned",
            "rejected",
            "supported",
            "delayed");

    /** Sentences that mention no claim: plain prose and figures of other kinds. */
    static final List<String> SENTENCES = List.of(
            "The {adj} {word} {verb} the {adj} {word} on {weekday}.",
            "{official} {verb} that the {word} in {place} remained {adj}.",
            "Residents of {place} {verb} the {word}, and the {adj} {word} followed.",
            "The {word} had been {adj} since {year}, when the {word} {verb} the plan.",
            "It was the 40th year of the {word} in {place}, {official} said.",
            "Flights resumed at 9:15 a.m. local time, and the {word} reopened.",
            "The {adj} team won 3-1 in the final, one of the {adj} results of the season.",
            "A two-story building near the {word} was {verb} by {official}.",
            "The plan, first drawn up in the 1990s, drew {adj} reactions from the {word}.",
            "Children aged 11 to 16 returned to the {word} in {month}.",
            "Work on the {word} took twice as long as planned, {official} said.",
            "Delegates from the G20 and the {word} met again in {place}.",
            "Route 66 and Highway {number} were closed because of the {adj} {word}.",
            "Analysts said the {word} would stay {adj} through {year}.",
            "{official} declined to comment on the {adj} {word} in {place}.",
            "The {word} {verb} the decision, calling it {adj} and {adj}.",
            "Many {word} in {place} spent the {adj} night with {word} and {word}.",
            "Prices rose slightly in {month}, but the {word} stayed {adj}.");

    private FillerWords() {}
}
