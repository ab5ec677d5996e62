package se.sspf.platform.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.platform.security.Caller;

/** Operations of each kind ApiDocumentTest reads the document of: a list, a read by id, a change with If-Match. */
@RestController
class NotesController {

    record Note(String text) {
    }

    @GetMapping("/notes")
    Note mine(Caller caller) {
        return new Note("");
    }

    @GetMapping("/notes/{id}")
    Note one(Caller caller, @PathVariable UUID id) {
        return new Note("");
    }

    @PutMapping("/notes/{id}")
    Note change(Caller caller, @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody Note note) {
        return note;
    }
}
