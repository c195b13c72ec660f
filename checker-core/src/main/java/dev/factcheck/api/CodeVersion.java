package dev.factcheck.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Which factcheck extracts, for the key of the cache: its version, and the size and time of the jar or class folder
 * it runs from. A release's version alone would do, but a {@code -SNAPSHOT} keeps its version while its code changes,
 * and a cache kept across such a change could give another verdict than a cold run. Internal.
 */
final class CodeVersion {
    private CodeVersion() {}

    /** {@code 0.1.0 jar 123456 1700000000000}, or with {@code unknown} parts where they cannot be told. */
    static String current() {
        return version() + " " + codeStat();
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = CodeVersion.class.getResourceAsStream("/dev/factcheck/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String codeStat() {
        CodeSource code = CodeVersion.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return "unknown";
        }
        try {
            Path location = Path.of(code.getLocation().toURI());
            return Files.isDirectory(location) ? folderStat(location) : fileStat(location);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String fileStat(Path jar) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        return "jar " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    }

    /** A class folder, as in the project's own tests: its file count, total size and newest time. */
    private static String folderStat(Path folder) throws IOException {
        long[] stat = new long[3];
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> add(file, stat));
        }
        return "classes " + stat[0] + " " + stat[1] + " " + stat[2];
    }

    private static void add(Path file, long[] stat) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            stat[0]++;
            stat[1] += attributes.size();
            stat[2] = Math.max(stat[2], attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            stat[0]--;
        }
    }
}
