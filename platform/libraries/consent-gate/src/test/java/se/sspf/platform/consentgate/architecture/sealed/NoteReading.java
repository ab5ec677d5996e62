package se.sspf.platform.consentgate.architecture.sealed;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import se.sspf.platform.consentgate.architecture.sealed.store.NoteStore;

/** A fixture: the application service a controller delegates to; it alone goes to the store. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoteReading {

    private final NoteStore store;

    public int howMany() {
        return store.notes().size();
    }
}
