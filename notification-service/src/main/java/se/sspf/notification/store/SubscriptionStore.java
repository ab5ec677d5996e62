package se.sspf.notification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.contracts.Agency;
import se.sspf.notification.domain.NoticeKind;

/** The agencies' webhook subscriptions. */
@Repository
@RequiredArgsConstructor
public class SubscriptionStore {

    private final JdbcClient jdbc;

    private static final String COLUMNS = "id, municipality, agency, url, secret, event_types";

    /**
     * An agency system's endpoint; the secret stays in this service's database and is shown once, at creation.
     *
     * @param eventTypes the webhook types it wants; none: every type
     */
    public record Subscription(UUID id, String municipality, Agency agency, String url, String secret,
                               List<String> eventTypes) {

        public Subscription {
            eventTypes = List.copyOf(eventTypes);
        }

        public boolean wants(NoticeKind kind) {
            return eventTypes.isEmpty() || eventTypes.contains(kind.webhookType());
        }
    }

    /** The active subscriptions of an agency in a municipality. */
    public List<Subscription> of(String municipality, Agency agency) {
        return jdbc.sql("select " + COLUMNS
                        + " from subscription where municipality = ? and agency = ? and active order by created_at")
                .params(municipality, agency.name())
                .query(this::subscription)
                .list();
    }

    public Optional<Subscription> active(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from subscription where id = ? and active")
                .param(id)
                .query(this::subscription)
                .optional();
    }

    /** The active subscription, if it is this agency's in this municipality. */
    public Optional<Subscription> activeOf(UUID id, String municipality, Agency agency) {
        return active(id).filter(s -> s.municipality().equals(municipality) && s.agency() == agency);
    }

    public Subscription add(String municipality, Agency agency, String url, String secret, List<String> eventTypes,
                            String createdBy, Instant now) {
        Subscription subscription = new Subscription(UUID.randomUUID(), municipality, agency, url, secret,
                eventTypes);
        jdbc.sql("""
                insert into subscription (id, municipality, agency, url, secret, event_types, created_by, created_at,
                    active)
                values (?, ?, ?, ?, ?, ?, ?, ?, true)""")
                .params(subscription.id(), municipality, agency.name(), url, subscription.secret(),
                        eventTypes.toArray(String[]::new), createdBy, Timestamp.from(now))
                .update();
        return subscription;
    }

    public boolean end(UUID id, String municipality, Agency agency) {
        return jdbc.sql("""
                update subscription set active = false
                where id = ? and municipality = ? and agency = ? and active""")
                .params(id, municipality, agency.name())
                .update() == 1;
    }

    /** Every subscription the agency ever had, active or not: its dead letters stay its own. */
    public List<String> idsEverOf(String municipality, Agency agency) {
        return jdbc.sql("select id::text from subscription where municipality = ? and agency = ?")
                .params(municipality, agency.name())
                .query(String.class)
                .list();
    }

    private Subscription subscription(ResultSet row, int n) throws SQLException {
        return new Subscription(row.getObject("id", UUID.class), row.getString("municipality"),
                Agency.valueOf(row.getString("agency")), row.getString("url"), row.getString("secret"),
                Arrays.asList((String[]) row.getArray("event_types").getArray()));
    }
}
