package se.sspf.notification.recipients;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import se.sspf.notification.domain.Language;
import se.sspf.notification.store.RecipientSettingsStore;
import se.sspf.platform.security.Caller;

/** Each user's own settings: where e-mail goes (none: the in-app inbox only) and the language of messages. */
@Service
@RequiredArgsConstructor
class RecipientSettings {

    private final RecipientSettingsStore settings;

    RecipientSettingsStore.Settings of(Caller caller) {
        return settings.of(caller.subject());
    }

    void save(Caller caller, @Nullable String email, Language language) {
        settings.save(caller.subject(), caller.municipality(), new RecipientSettingsStore.Settings(email, language));
    }
}
