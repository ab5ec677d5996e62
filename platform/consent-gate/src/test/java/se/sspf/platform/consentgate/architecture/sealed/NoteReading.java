package se.sspf.platform.consentgate.architecture.sealed;

import se.sspf.platform.consentgate.architecture.sealed.store.NoteStore;

/** A fixture: the application service a controller delegates to; it alone goes to the store. */
public class NoteReading {

    private final NoteStore store;

    NoteReading(NoteStore store) {
        this.store = store;
    }

    public int howMany() {
        return store.notes().size();
    }
}
