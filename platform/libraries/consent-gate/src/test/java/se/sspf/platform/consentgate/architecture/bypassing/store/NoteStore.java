package se.sspf.platform.consentgate.architecture.bypassing.store;

import java.util.List;
import java.util.Optional;

import se.sspf.platform.consentgate.architecture.NoteOfAnAgency;

/** A fixture: a store that hands its records out bare, past the gate. */
public class NoteStore {

    public List<NoteOfAnAgency> notes() {
        return List.of();
    }

    public Optional<StoredNote> find() {
        return Optional.empty();
    }

    /** Bare inside a record of the store's own. */
    public record StoredNote(long rowVersion, NoteOfAnAgency note) {
    }
}
