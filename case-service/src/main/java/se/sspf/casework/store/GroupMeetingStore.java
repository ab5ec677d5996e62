package se.sspf.casework.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.casework.domain.DeIdentifiedCase;
import se.sspf.casework.domain.ExpectedReturn;
import se.sspf.casework.domain.GroupMinutes;
import se.sspf.casework.domain.MeetingDecision;
import se.sspf.contracts.casework.RiskIndicator;

/** A group's meetings: the general part and its minutes, the cases registered and the de-identified ones. */
@Repository
@RequiredArgsConstructor
public class GroupMeetingStore {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<List<MeetingDecision>> DECISIONS = new TypeReference<>() { };
    private static final TypeReference<List<RiskIndicator>> SIGNS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public void insert(UUID id, UUID groupId, Instant scheduledFor, String place, List<String> general,
                       String calledBy) {
        jdbc.sql("""
                        insert into group_meeting (id, group_id, scheduled_for, place, general, called_by)
                        values (?, ?, ?, ?, ?::jsonb, ?)""")
                .params(id, groupId, Timestamp.from(scheduledFor), place, json.writeValueAsString(general), calledBy)
                .update();
    }

    public List<StoredGroupMeeting> ofGroup(UUID groupId) {
        return jdbc.sql("select * from group_meeting where group_id = ? order by scheduled_for, id").param(groupId)
                .query(this::meeting).list();
    }

    public Optional<StoredGroupMeeting> find(UUID groupId, UUID meetingId) {
        return jdbc.sql("select * from group_meeting where id = ? and group_id = ?").params(meetingId, groupId)
                .query(this::meeting).optional();
    }

    /** @return false where the general part's minutes were recorded already */
    public boolean recordMinutes(UUID meetingId, GroupMinutes minutes, String recordedBy) {
        return jdbc.sql("""
                        update group_meeting set minutes = ?, decisions = ?::jsonb, minutes_recorded_at = ?,
                            minutes_recorded_by = ?
                        where id = ? and minutes is null""")
                .params(minutes.text(), json.writeValueAsString(minutes.decisions()),
                        Timestamp.from(minutes.recordedAt()), recordedBy, meetingId)
                .update() == 1;
    }

    /** @return false where the case is registered for the meeting already */
    public boolean register(UUID meetingId, UUID caseId, UUID caseMeetingId, String registeredBy, Instant at) {
        return jdbc.sql("""
                        insert into group_meeting_case (group_meeting_id, case_id, case_meeting_id, registered_by,
                            registered_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(meetingId, caseId, caseMeetingId, registeredBy, Timestamp.from(at)).update() == 1;
    }

    public List<StoredRegistration> registrations(UUID meetingId) {
        return jdbc.sql("select * from group_meeting_case where group_meeting_id = ? order by registered_at, case_id")
                .param(meetingId)
                .query((row, n) -> new StoredRegistration(row.getObject("case_id", UUID.class),
                        row.getObject("case_meeting_id", UUID.class), row.getTimestamp("registered_at").toInstant()))
                .list();
    }

    public void present(UUID meetingId, DeIdentifiedCase item, Instant at) {
        jdbc.sql("""
                        insert into group_meeting_deidentified (id, group_meeting_id, code, risk_indicators,
                            returnee_from, returnee_expected_on, seek_consent, presented_at)
                        values (?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")
                .params(item.id(), meetingId, item.code(), json.writeValueAsString(item.riskIndicators()),
                        item.returnee() == null ? null : item.returnee().from().name(),
                        item.returnee() == null ? null : Date.valueOf(item.returnee().expectedOn()),
                        item.seekConsent(), Timestamp.from(at))
                .update();
    }

    public List<DeIdentifiedCase> deIdentified(UUID meetingId) {
        return jdbc.sql("select * from group_meeting_deidentified where group_meeting_id = ? order by presented_at, id")
                .param(meetingId).query(this::deIdentifiedCase).list();
    }

    private DeIdentifiedCase deIdentifiedCase(ResultSet row, int n) throws SQLException {
        String from = row.getString("returnee_from");
        return new DeIdentifiedCase(row.getObject("id", UUID.class), row.getString("code"),
                json.readValue(row.getString("risk_indicators"), SIGNS),
                from == null ? null : new DeIdentifiedCase.ExpectedHome(ExpectedReturn.ReturnFrom.valueOf(from),
                        row.getDate("returnee_expected_on").toLocalDate()),
                row.getBoolean("seek_consent"));
    }

    private StoredGroupMeeting meeting(ResultSet row, int n) throws SQLException {
        String text = row.getString("minutes");
        Optional<GroupMinutes> minutes = text == null ? Optional.empty() : Optional.of(new GroupMinutes(text,
                json.readValue(row.getString("decisions"), DECISIONS),
                row.getTimestamp("minutes_recorded_at").toInstant()));
        return new StoredGroupMeeting(row.getObject("id", UUID.class), row.getObject("group_id", UUID.class),
                row.getTimestamp("scheduled_for").toInstant(), row.getString("place"),
                json.readValue(row.getString("general"), TEXTS), minutes);
    }
}
