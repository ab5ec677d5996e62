package se.sspf.notification.recipients;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.sspf.notification.domain.Language;
import se.sspf.notification.store.RecipientSettingsStore;
import se.sspf.platform.security.Caller;

/** Each user's own: where e-mail goes (none: the in-app inbox only) and the language of messages. */
@Tag(name = "Notifications")
@RestController
@RequestMapping("/api/notifications/settings")
@RequiredArgsConstructor
class SettingsController {

    private final RecipientSettings settings;

    record SettingsBody(@Email @Size(max = 254) @Nullable String email, @NotNull Language language) {
    }

    @Operation(operationId = "readNotificationSettings",
            summary = "The caller's e-mail address and language for notifications")
    @GetMapping
    SettingsBody read(Caller caller) {
        RecipientSettingsStore.Settings mine = settings.of(caller);
        return new SettingsBody(mine.email(), mine.language());
    }

    @Operation(operationId = "saveNotificationSettings",
            summary = "Save the caller's e-mail address and language for notifications")
    @PutMapping
    SettingsBody save(Caller caller, @Valid @RequestBody SettingsBody body) {
        settings.save(caller, body.email(), body.language());
        return body;
    }
}
