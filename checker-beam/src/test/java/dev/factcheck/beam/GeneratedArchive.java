package dev.factcheck.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an archive of small invented stories: each a rules.yaml with a toll and a search duration, and two or three
 * short reports that agree, diverge, leave a figure to one source or leave it out, by the story's number.
 */
final class GeneratedArchive {
    private GeneratedArchive() {}

    /** Writes {@code stories} stories under {@code root}, in folders {@code s/000/s000042}; returns {@code root}. */
    static Path write(Path root, int stories) {
        for (int i = 0; i < stories; i++) {
            story(root.resolve(String.format("s/%03d/s%06d", i / 1000, i)), i);
        }
        return root;
    }

    private static void story(Path folder, int i) {
        int toll = 3 + i % 40;
        int hours = 2 + i % 9;
        String search = i % 5 == 0 ? "" : " Rescuers searched for " + hours + " hours.";
        write(folder.resolve("rules.yaml"), rules(i));
        write(folder.resolve("sources/a.txt"), "A storm in Town " + i + " killed " + toll + " people." + search);
        write(folder.resolve("sources/b.txt"), second(i, toll) + search);
        if (i % 3 == 0) {
            write(folder.resolve("sources/c.txt"), "Roads in Town " + i + " were closed on Monday.");
        }
    }

    private static String rules(int i) {
        return """
                story: Storm in Town %d (generated)
                sources: [sources/*.txt]
                claims:
                  - id: toll
                    kind: count
                    near: [killed]
                  - id: search
                    kind: duration
                    near: [searched]""".formatted(i);
    }

    private static String second(int i, int toll) {
        return switch (i % 4) {
            case 0 -> "The storm killed " + toll + " people in Town " + i + ".";
            case 1 -> "The storm killed " + (toll + 5) + " people in Town " + i + ".";
            case 2 -> "Town " + i + " was hit by a storm.";
            default -> "At least " + toll + " people were killed in Town " + i + ".";
        };
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
