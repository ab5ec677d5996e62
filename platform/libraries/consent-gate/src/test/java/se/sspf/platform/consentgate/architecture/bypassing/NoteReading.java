package se.sspf.platform.consentgate.architecture.bypassing;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fixture: an application service that reads a table itself, around the stores. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoteReading {

    private final JdbcClient jdbc;

    public String firstNote() {
        return jdbc.sql("select text from note limit 1").query(String.class).single();
    }
}
