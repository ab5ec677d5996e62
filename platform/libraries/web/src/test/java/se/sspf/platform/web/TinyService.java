package se.sspf.platform.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A service as small as can show the input policy: a body, a list with paging, a parameter and a header. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({TinyService.Notes.class, TinyService.ProxiedNotes.class})
class TinyService {

    enum Colour { RED, GREEN }

    record Tag(@NotBlank String label) {
    }

    record Note(@NotBlank String text, @NotNull Colour colour, @NotNull Integer step, int count,
                @NotNull List<@NotNull @Valid Tag> tags) {
    }

    @RestController
    static class Notes {

        @PostMapping("/notes")
        Note write(@Valid @RequestBody Note note) {
            return note;
        }

        @GetMapping("/notes")
        String list(@RequestParam(defaultValue = "0") @Min(0) int page,
                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
            return page + "/" + size;
        }

        @GetMapping("/notes/{id}")
        String one(@PathVariable UUID id, @RequestParam("for") Colour recipient,
                   @RequestParam(required = false) String search, @RequestHeader("X-Reason") String reason) {
            return id + " " + recipient + " " + search + " " + reason;
        }

        @GetMapping("/restarting-database")
        String restarting() {
            throw new DataAccessResourceFailureException("connection refused for INSERT INTO journal ('a secret')");
        }

        @GetMapping("/slow-database")
        String slow() {
            throw new QueryTimeoutException("SELECT text FROM journal WHERE text = 'a secret'");
        }

        @GetMapping("/refusing-database")
        String refusing() {
            throw new DataIntegrityViolationException("ERROR: invalid input syntax for type json: {\"a secret\"}");
        }
    }

    /** Validated through a proxy, as a controller with @Validated is: a ConstraintViolationException. */
    @RestController
    @Validated
    static class ProxiedNotes {

        @GetMapping("/proxied-notes")
        String list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
            return String.valueOf(size);
        }
    }
}
