package se.sspf.notification.inbox;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Notifications")
@RestController
@RequestMapping("/api/notifications")
@RequiredArgsConstructor
class InboxController {

    private final InboxReading reading;

    @Operation(operationId = "listNotifications",
            summary = "The caller's in-app notifications, newest first")
    @GetMapping
    List<InboxStore.Entry> list(Caller caller, @RequestParam(defaultValue = "false") boolean unread) {
        return reading.of(caller, unread);
    }

    @Operation(operationId = "markNotificationRead",
            summary = "Mark a notification as read")
    @ApiResponse(responseCode = "204", description = "marked as read")
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(Caller caller, @PathVariable UUID id) {
        reading.markRead(caller, id);
        return ResponseEntity.noContent().build();
    }
}
