package se.sspf.platform.consentgate.architecture.sealed.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.platform.consentgate.architecture.sealed.NoteReading;

/** A fixture: a controller that only delegates, to the application service that reads the notes. */
@RestController
class NoteController {

    private final NoteReading reading;

    NoteController(NoteReading reading) {
        this.reading = reading;
    }

    @GetMapping("/notes")
    int howMany() {
        return reading.howMany();
    }
}
