package dev.factcheck.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fills the slots of sentence templates with words and figures written the many ways news writes them. Deterministic
 * for a given {@link Random}; not thread-safe.
 */
final class Phrases {
    private static final List<String> HEDGES = List.of(
            "at least ",
            "nearly ",
            "about ",
            "more than ",
            "up to ",
            "close to ",
            "an estimated ",
            "some ",
            "roughly ",
            "almost ",
            "over ",
            "fewer than ",
            "as many as ",
            "approximately ");
    private static final List<String> PLACES = List.of(
            "Zhaotong",
            "the capital",
            "Vladivostok",
            "the northern province",
            "Chiang Rai",
            "the coastal towns",
            "Ludian",
            "the valley",
            "Leverkusen",
            "St. Louis",
            "the border region",
            "Mae Sai",
            "the old town");
    private static final List<String> OFFICIALS = List.of(
            "a government spokesman",
            "the interior ministry",
            "Mr. Harper",
            "local officials",
            "the governor",
            "a police spokeswoman",
            "state media",
            "the agency",
            "Dr. Lee",
            "the mayor's office");
    private static final List<String> COMPANIES =
            List.of("Bayer", "Monsanto", "Acme Corp.", "Northwind", "Globex", "the utility", "Initech");
    private static final List<String> WEEKDAYS =
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> MONTHS = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");
    private static final List<String> SHORT_MONTHS = List.of("Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");
    private static final List<String> TIME_UNITS = List.of("minute", "hour", "day", "week", "month", "year");
    private static final List<String> DISTANCE_UNITS =
            List.of("miles", "km", "kilometres", "metres", "nautical miles", "feet");
    private static final List<String> CURRENCIES = List.of("$", "$", "US$", "€", "£", "C$");
    private static final List<String> SCALES = List.of(" million", " billion", "", " million");

    private final Random random;

    Phrases(Random random) {
        this.random = random;
    }

    /** The template with each {@code {slot}} filled and its first letter capitalised. */
    String render(String template) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open).append(fill(template.substring(open + 1, close)));
            i = close + 1;
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }

    String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String fill(String slot) {
        return switch (slot) {
            case "hedge" -> chance(45) ? pick(HEDGES) : "";
            case "count" -> count();
            case "range" -> range();
            case "duration" -> duration();
            case "durationAdj" -> durationAdjective();
            case "money" -> money();
            case "percent" -> percent();
            case "distance" -> distance();
            case "distanceAdj" -> between(2, 900) + "-" + (chance(50) ? "mile" : "kilometre");
            case "date" -> date();
            case "year" -> Integer.toString(between(1990, 2024));
            case "place" -> pick(PLACES);
            case "official" -> pick(OFFICIALS);
            case "company" -> pick(COMPANIES);
            case "weekday" -> pick(WEEKDAYS);
            case "month" -> pick(MONTHS);
            case "number" -> Integer.toString(between(2, 99));
            case "word" -> pick(FillerWords.NOUNS);
            case "adj" -> pick(FillerWords.ADJECTIVES);
            case "verb" -> pick(FillerWords.VERBS);
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        };
    }

    /** A count in digits, with separators, in words, with a scale, or as a range. */
    private String count() {
        return switch (random.nextInt(8)) {
            case 0, 1 -> Integer.toString(between(2, 999));
            case 2, 3 -> String.format(Locale.ROOT, "%,d", between(1, 99) * 1000 + between(0, 9) * 100);
            case 4 -> SpelledNumbers.spell(between(2, 99));
            case 5 -> SpelledNumbers.spell(between(100, 999));
            case 6 -> between(1, 9) + "." + between(1, 9) + " million";
            default -> range();
        };
    }

    private String range() {
        int low = between(2, 80) * 5;
        int high = low + between(1, 20) * 5;
        return switch (random.nextInt(3)) {
            case 0 -> "between " + low + " and " + high;
            case 1 -> "from " + low + " to " + high;
            default -> low + " to " + high;
        };
    }

    private String duration() {
        return switch (random.nextInt(8)) {
            case 0 -> "close to an hour";
            case 1 -> "an hour and a half";
            case 2 -> "half an hour";
            case 3 -> SpelledNumbers.spell(between(2, 12)) + " " + pick(TIME_UNITS) + "s";
            case 4 -> "a year and a half";
            default -> between(2, 90) + " " + pick(TIME_UNITS) + "s";
        };
    }

    private String durationAdjective() {
        String unit = pick(TIME_UNITS);
        return chance(50) ? between(2, 90) + "-" + unit : SpelledNumbers.spell(between(2, 12)) + "-" + unit;
    }

    private String money() {
        String symbol = pick(CURRENCIES);
        return switch (random.nextInt(4)) {
            case 0 -> symbol + between(1, 999) + pick(SCALES);
            case 1 -> symbol + between(1, 99) + "." + between(1, 9) + pick(SCALES);
            case 2 -> symbol + String.format(Locale.ROOT, "%,d", between(10, 990) * 1000);
            default -> symbol + between(1, 999) + "." + between(10, 99);
        };
    }

    private String percent() {
        return switch (random.nextInt(4)) {
            case 0 -> between(1, 99) + "%";
            case 1 -> between(1, 99) + "." + between(1, 9) + "%";
            case 2 -> SpelledNumbers.spell(between(2, 20)) + " per cent";
            default -> between(1, 99) + " percent";
        };
    }

    private String distance() {
        String unit = pick(DISTANCE_UNITS);
        String figure =
                unit.equals("feet") ? String.format(Locale.ROOT, "%,d", between(1, 30) * 100) : "" + between(2, 900);
        return figure + (unit.equals("km") ? "" : " ") + unit;
    }

    private String date() {
        String month = pick(MONTHS);
        return switch (random.nextInt(4)) {
            case 0 -> month + " " + between(1, 28) + ", " + between(1990, 2024);
            case 1 -> between(1, 28) + " " + month + " " + between(1990, 2024);
            case 2 -> pick(SHORT_MONTHS) + " " + between(1, 28);
            default -> month + " " + between(1, 28);
        };
    }
}
