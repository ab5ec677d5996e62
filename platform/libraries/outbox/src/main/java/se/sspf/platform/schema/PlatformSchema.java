package se.sspf.platform.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Migrates the tables a platform library keeps in a service's database. Each library has a
 * PostgreSQL schema of its own ({@code sspf_<library>}) with its own Flyway history, so neither its
 * versions nor its table names can collide with the service's own migrations in {@code public}.
 */
public final class PlatformSchema {

    private PlatformSchema() {
    }

    /** Applies {@code classpath:db/sspf/<library>} to the schema {@code sspf_<library>}. */
    public static void migrate(DataSource dataSource, String library) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("sspf_" + library)
                .locations("classpath:db/sspf/" + library)
                .load()
                .migrate();
    }
}
