package se.sspf.notification.inbox;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.notification.store.InboxStore;
import se.sspf.platform.security.Caller;

/** The caller's own in-app inbox: newest first; another user's messages do not exist for them. */
@RestController
@RequestMapping("/api/notifications")
@RequiredArgsConstructor
class InboxController {

    private final InboxReading reading;

    @GetMapping
    List<InboxStore.Entry> list(Caller caller, @RequestParam(defaultValue = "false") boolean unread) {
        return reading.of(caller, unread);
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(Caller caller, @PathVariable UUID id) {
        reading.markRead(caller, id);
        return ResponseEntity.noContent().build();
    }
}
