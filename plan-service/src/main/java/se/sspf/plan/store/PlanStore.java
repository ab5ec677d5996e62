package se.sspf.plan.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.sspf.plan.domain.ActionPlan;
import se.sspf.plan.domain.FollowUp;
import se.sspf.plan.domain.PlanChange;
import se.sspf.plan.domain.PlanVersion;
import se.sspf.plan.domain.Reminder;
import tools.jackson.databind.json.JsonMapper;

/** Plans, their versions and their follow-ups in this service's own database. */
@Repository
@RequiredArgsConstructor
public class PlanStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public Optional<StoredPlan> find(UUID caseId) {
        return jdbc.sql("select document, row_version from plan where case_id = ?")
                .param(caseId)
                .query((row, n) -> new StoredPlan(json.readValue(row.getString("document"), ActionPlan.class),
                row.getLong("row_version")))
                .optional();
    }

    /** The cases whose plans are still open, for the reminder scan. */
    public List<UUID> open() {
        return jdbc.sql("select case_id from plan where not closed").query(UUID.class).list();
    }

    /** @return false when the case has a plan already */
    /** Every plan of a municipality, for the groups' figures (counts only). */
    public List<ActionPlan> inMunicipality(String municipality) {
        return jdbc.sql("select document from plan where municipality = ?").param(municipality)
                .query((row, n) -> json.readValue(row.getString("document"), ActionPlan.class)).list();
    }

    /** @return whether this is the first time the reminder is sent (two instances may scan at once) */
    public boolean rememberReminderSent(Reminder reminder, Instant at) {
        return jdbc.sql("insert into reminder_sent (action_id, threshold, due_on, sent_at) values (?, ?, ?, ?) on "
                + "conflict do nothing")
                .params(reminder.action().id(), reminder.threshold().name(), reminder.action().dueOn(),
                Timestamp.from(at))
                .update() == 1;
    }

    public boolean insert(PlanChange change) {
        ActionPlan plan = change.plan();
        boolean inserted = jdbc.sql("insert into plan (case_id, municipality, closed, row_version, document) values "
                + "(?, ?, ?, 1, ?::jsonb) on conflict do nothing")
                .params(plan.caseId(), plan.municipality(), plan.closed(), json.writeValueAsString(plan))
                .update() == 1;
        if (inserted) {
            addHistory(change);
        }
        return inserted;
    }

    /** @return false when somebody else changed the plan since it was read */
    public boolean update(PlanChange change, long expectedRowVersion) {
        ActionPlan plan = change.plan();
        boolean updated = jdbc.sql("update plan set closed = ?, row_version = row_version + 1, document = ?::jsonb "
                + "where case_id = ? and row_version = ?")
                .params(plan.closed(), json.writeValueAsString(plan), plan.caseId(), expectedRowVersion)
                .update() == 1;
        if (updated) {
            addHistory(change);
        }
        return updated;
    }

    public List<PlanVersion> versions(UUID caseId) {
        return jdbc.sql("select document from plan_version where case_id = ? order by version")
                .param(caseId)
                .query((row, n) -> json.readValue(row.getString("document"), PlanVersion.class))
                .list();
    }

    public Optional<PlanVersion> version(UUID caseId, int version) {
        return jdbc.sql("select document from plan_version where case_id = ? and version = ?")
                .params(caseId, version)
                .query((row, n) -> json.readValue(row.getString("document"), PlanVersion.class))
                .optional();
    }

    public List<FollowUp> followUps(UUID caseId) {
        return jdbc.sql("select document from follow_up where case_id = ? order by recorded_at")
                .param(caseId)
                .query((row, n) -> json.readValue(row.getString("document"), FollowUp.class))
                .list();
    }

    private void addHistory(PlanChange change) {
        UUID caseId = change.plan().caseId();
        if (change.followUp() != null) {
            FollowUp followUp = change.followUp();
            jdbc.sql("insert into follow_up (id, case_id, recorded_at, document) values (?, ?, ?, ?::jsonb)")
                    .params(followUp.id(), caseId, Timestamp.from(followUp.recordedAt()),
                    json.writeValueAsString(followUp))
                    .update();
        }
        if (change.newVersion() != null) {
            jdbc.sql("insert into plan_version (case_id, version, document) values (?, ?, ?::jsonb)")
                    .params(caseId, change.newVersion().version(), json.writeValueAsString(change.newVersion()))
                    .update();
        }
    }
}
