package se.sspf.platform.consentgate.architecture.sealed.store;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.platform.consentgate.Owned;
import se.sspf.platform.consentgate.architecture.NoteOfAnAgency;

/** A fixture: a store as the services write them, its SQL its own and its records sealed. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoteStore {

    private final JdbcClient jdbc;

    public List<Owned<NoteOfAnAgency>> notes() {
        return jdbc.sql("select text from note").query(String.class).list().stream()
                .map(text -> Owned.by(Agency.SCHOOL, InformationCategory.SCHOOL_OCCUPATION, new NoteOfAnAgency(text)))
                .toList();
    }

    public Optional<StoredNote> find() {
        return Optional.empty();
    }

    public record StoredNote(long rowVersion, Owned<NoteOfAnAgency> note) {
    }
}
