package se.sspf.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of one test's own, from the machine's PostgreSQL binaries, for the test that
 * restarts the database under a running service (which the shared server of {@link RealInfrastructure}
 * must never be). {@link #crashAndRestart()} stops it the hard way, as a killed pod or a lost node does,
 * so it comes back through crash recovery. Run as root, the server runs as the {@code postgres} user,
 * which PostgreSQL requires.
 */
public final class RestartablePostgres implements AutoCloseable {

    private static final String USER = "postgres";

    private final Path bin;
    private final Path directory;
    private final int port = FreePort.next();

    private RestartablePostgres(Path bin, Path directory) {
        this.bin = bin;
        this.directory = directory;
    }

    /** Creates the cluster in a fresh directory under target/ and starts it. */
    public static RestartablePostgres start() throws IOException {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(),
                "postgres-");
        RestartablePostgres postgres = new RestartablePostgres(binaries(), directory);
        if (isRoot()) {
            postgres.run("chown", "-R", USER, directory.toString());
        }
        postgres.asServerUser(postgres.bin.resolve("initdb").toString(), "-D", postgres.data().toString(), "-U", USER,
                "--auth=trust", "--no-sync", "-E", "UTF8");
        postgres.startServer();
        return postgres;
    }

    /** The server, to create databases on, like the shared one. */
    public PostgresServer server() {
        return PostgresServer.at("127.0.0.1", port, USER, "");
    }

    /** Stops the server without a checkpoint (every backend killed at once) and starts it again. */
    public void crashAndRestart() {
        asServerUser(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop");
        startServer();
    }

    @Override
    public void close() throws IOException {
        asServerUser(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop");
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private void startServer() {
        asServerUser(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l",
                directory.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start");
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void asServerUser(String... command) {
        List<String> all = new ArrayList<>();
        if (isRoot()) {
            all.addAll(List.of("runuser", "-u", USER, "--"));
        }
        all.addAll(List.of(command));
        run(all.toArray(String[]::new));
    }

    private void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("commands.log").toFile()))
                    .start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see "
                        + directory.resolve("commands.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Debian keeps the server's binaries out of PATH, one directory per major version; elsewhere PATH has them. */
    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        return Path.of("");
    }
}
