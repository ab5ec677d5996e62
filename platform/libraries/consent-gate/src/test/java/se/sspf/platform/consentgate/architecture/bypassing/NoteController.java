package se.sspf.platform.consentgate.architecture.bypassing;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.platform.consentgate.architecture.NoteOfAnAgency;
import se.sspf.platform.consentgate.architecture.bypassing.store.NoteStore;

/** A fixture: a controller that reads a store itself instead of asking an application service. */
@RestController
@RequiredArgsConstructor
class NoteController {

    private final NoteStore store;

    @GetMapping("/notes")
    List<NoteOfAnAgency> notes() {
        return store.notes();
    }
}
