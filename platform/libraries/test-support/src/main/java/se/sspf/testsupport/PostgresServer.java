package se.sspf.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server on which tests create databases of their own. Database names carry the
 * test JVM's pid; databases of JVMs that have ended are dropped on the next start, so a failed run
 * leaves its data to look at until then, and two builds running at once never drop each other's.
 */
public record PostgresServer(String host, int port, String username, String password) {

    private static final String PREFIX = "sspft_";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The server, once the databases of test JVMs that have ended are dropped. */
    static PostgresServer at(String host, int port, String username, String password) {
        PostgresServer server = new PostgresServer(host, port, username, password);
        server.dropDatabasesOfEndedRuns();
        return server;
    }

    static PostgresServer local() {
        String url = System.getenv().getOrDefault("SSPF_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String hostAndPort = url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
        String[] parts = hostAndPort.split(":");
        return at(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 5432,
                System.getenv().getOrDefault("SSPF_TEST_DB_USER", "postgres"),
                System.getenv().getOrDefault("SSPF_TEST_DB_PASSWORD", ""));
    }

    /** Creates an empty database whose name starts with a readable hint (usually the test class). */
    public TestDatabase createDatabase(String hint) {
        String safeHint = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String name = PREFIX + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + safeHint.substring(0, Math.min(safeHint.length(), 30));
        execute("CREATE DATABASE " + name);
        return new TestDatabase(name, jdbcUrl(name), username, password);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private void dropDatabasesOfEndedRuns() {
        List<String> stale = new ArrayList<>();
        try (Connection connection = adminConnection();
             var resultSet = connection.createStatement().executeQuery(
                     "select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (resultSet.next()) {
                String name = resultSet.getString(1);
                long pid = Long.parseLong(name.substring(PREFIX.length()).split("_")[0]);
                if (ProcessHandle.of(pid).isEmpty()) {
                    stale.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " is not reachable: "
                    + e.getMessage(), e);
        }
        stale.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private void execute(String sql) {
        try (Connection connection = adminConnection()) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), username, password);
    }
}
