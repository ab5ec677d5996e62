package se.sspf.notification.store;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.notification.domain.Language;

/** How each user wants to be told. A user without settings reads the in-app inbox, in Swedish. */
@Repository
@RequiredArgsConstructor
public class RecipientSettingsStore {

    private final JdbcClient jdbc;

    /** @param email none: the in-app inbox only */
    public record Settings(@Nullable String email, Language language) {

        static final Settings DEFAULT = new Settings(null, Language.SV);
    }

    public Settings of(String userRef) {
        return find(userRef).orElse(Settings.DEFAULT);
    }

    private Optional<Settings> find(String userRef) {
        return jdbc.sql("select email, language from recipient_settings where user_ref = ?")
                .param(userRef)
                .query((row, n) -> new Settings(row.getString("email"),
                        Language.valueOf(row.getString("language").toUpperCase())))
                .optional();
    }

    public void save(String userRef, String municipality, Settings settings) {
        jdbc.sql("""
                insert into recipient_settings (user_ref, municipality, email, language) values (?, ?, ?, ?)
                on conflict (user_ref) do update
                    set municipality = excluded.municipality, email = excluded.email, language = excluded.language""")
                .params(userRef, municipality, settings.email(), settings.language().name().toLowerCase())
                .update();
    }
}
