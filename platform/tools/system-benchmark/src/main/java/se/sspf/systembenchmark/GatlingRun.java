package se.sspf.systembenchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;

/**
 * Runs {@link ReadSimulation} in this JVM and reads the figures back from the report Gatling wrote
 * ({@code js/stats.js}; the percentiles are set in {@code gatling.conf}: 50, 99, 99.9, 100).
 * Gatling measures in whole milliseconds.
 */
final class GatlingRun {

    private static final Pattern REQUEST = Pattern.compile("\"name\": "
            + "\"([^\"]*)\",\\s*(\"numberOfRequests\".*?)\"group1\"", Pattern.DOTALL);

    /** Figures of one request name: count, failures, p50/p99/p99.9/max in ms. */
    record Figures(long requests, long failed, long p50, long p99, long p999, long max) {
    }

    private GatlingRun() {
    }

    static Map<String, Figures> run(String description, String token, List<ReadSimulation.Phase> phases,
            Path results) throws IOException {
        System.setProperty("bench.token", token);
        System.setProperty("bench.phases", ReadSimulation.Phase.encode(phases));
        Files.createDirectories(results);
        // Gatling's own entry point for runs inside a JVM (its Scala object): the exit code, no System.exit.
        int exit = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", ReadSimulation.class.getName(),
                "--results-folder", results.toString(), "--run-description", description});
        if (exit != 0) {
            throw new IllegalStateException("Gatling ended " + exit + " for " + description);
        }
        return figures(newestReport(results).resolve("js/stats.js"));
    }

    private static Path newestReport(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparing(GatlingRun::modified))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report in " + results));
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The report's stats.js is a script holding one stats object per request name; these are its numbers. */
    static Map<String, Figures> figures(Path stats) throws IOException {
        Map<String, Figures> byName = new LinkedHashMap<>();
        Matcher request = REQUEST.matcher(Files.readString(stats));
        while (request.find()) {
            String block = request.group(2);
            byName.put(request.group(1), new Figures(number(block, "numberOfRequests", "total"),
                    number(block, "numberOfRequests", "ko"), number(block, "percentiles1", "total"),
                    number(block, "percentiles2", "total"), number(block, "percentiles3", "total"),
                    number(block, "percentiles4", "total")));
        }
        return byName;
    }

    private static long number(String block, String field, String part) {
        Matcher value = Pattern.compile("\"" + field + "\": \\{[^}]*\"" + part + "\": \"(\\d+)\"").matcher(block);
        if (!value.find()) {
            throw new IllegalStateException("no " + field + "." + part + " in Gatling's stats");
        }
        return Long.parseLong(value.group(1));
    }
}
