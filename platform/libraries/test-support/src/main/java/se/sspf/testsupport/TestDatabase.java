package se.sspf.testsupport;

/** A database of its own on the real PostgreSQL server, for one test context. */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {
}
