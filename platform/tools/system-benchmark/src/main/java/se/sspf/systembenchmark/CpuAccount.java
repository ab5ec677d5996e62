package se.sspf.systembenchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the machine's CPU goes: the processor time of every process of the run, from the kernel's
 * own counters ({@code /proc/<pid>/stat}), grouped by part — each application and copy by the name
 * the stack gave it, PostgreSQL's back ends together, the load generator itself. Two snapshots
 * around a phase give each part's CPU per request: what a profile of one process cannot show.
 */
final class CpuAccount {

    /** Linux's user-visible clock tick (USER_HZ), 100 on every mainstream kernel build. */
    private static final double MILLIS_PER_TICK = 10.0;
    private static final Pattern NAMED = Pattern.compile("-Dsspf\\.(?:stack|bench)=(\\S+)");
    private static final long SELF = ProcessHandle.current().pid();

    private CpuAccount() {
    }

    /** CPU milliseconds used so far by each part. */
    static Map<String, Double> snapshot() {
        Map<String, Double> byPart = new TreeMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(process -> {
                String part = partOf(process);
                if (part != null) {
                    byPart.merge(part, cpuMillis(process), Double::sum);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        return byPart;
    }

    /** Each part's CPU milliseconds between two snapshots. */
    static Map<String, Double> used(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((part, millis) -> used.put(part, millis - before.getOrDefault(part, 0.0)));
        return used;
    }

    /** CPU milliseconds per request, most first. */
    static Map<String, Double> perRequest(Map<String, Double> used, long requests) {
        Map<String, Double> per = new LinkedHashMap<>();
        used.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> per.put(e.getKey(), e.getValue() / Math.max(1, requests)));
        return per;
    }

    private static String partOf(Path process) {
        if (process.getFileName().toString().equals(Long.toString(SELF))) {
            return "load generator (Gatling, this JVM)";
        }
        String command = read(process.resolve("cmdline")).replace('\0', ' ');
        Matcher named = NAMED.matcher(command);
        if (named.find()) {
            return named.group(1);
        }
        return read(process.resolve("comm")).trim().equals("postgres") ? "postgresql" : null;
    }

    private static double cpuMillis(Path process) {
        String stat = read(process.resolve("stat"));
        // The command name in parentheses may hold spaces: count fields after its closing one (utime is field 14).
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return fields.length < 13 ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // the process ended between the listing and the read
        }
    }
}
