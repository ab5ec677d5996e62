package se.sspf.platform.consentgate.architecture.sealed.web;

import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.platform.consentgate.architecture.sealed.NoteReading;

/** A fixture: a controller that only delegates, to the application service that reads the notes. */
@RestController
@RequiredArgsConstructor
class NoteController {

    private final NoteReading reading;

    @GetMapping("/notes")
    int howMany() {
        return reading.howMany();
    }
}
