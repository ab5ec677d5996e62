package se.sspf.casework.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.casework.domain.MeetingAgenda;
import se.sspf.casework.domain.MeetingDecision;
import se.sspf.casework.domain.MeetingMinutes;
import se.sspf.contracts.Agency;
import se.sspf.contracts.InformationCategory;
import se.sspf.platform.consentgate.Owned;

/** Meetings about one youth. */
@Repository
@RequiredArgsConstructor
public class MeetingStore {

    private static final TypeReference<List<String>> REFS = new TypeReference<>() { };
    private static final TypeReference<List<MeetingDecision>> DECISIONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /** @param groupMeetingId the working group meeting whose individual part this is, if any */
    public void insert(UUID id, UUID caseId, Instant scheduledFor, String place, List<String> invitees,
                       boolean familyInvited, Agency scheduledBy, InformationCategory agendaCategory,
                       MeetingAgenda agenda, @Nullable UUID groupMeetingId) {
        jdbc.sql("""
                        insert into meeting (id, case_id, scheduled_for, place, invitees, family_invited, agenda,
                            scheduled_agency, agenda_category, group_meeting_id)
                        values (?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?)""")
                .params(id, caseId, Timestamp.from(scheduledFor), place, json.writeValueAsString(invitees),
                familyInvited,
                        json.writeValueAsString(agenda), scheduledBy.name(), agendaCategory.name(), groupMeetingId)
                .update();
    }

    /** @return false where the meeting's minutes were recorded already */
    public boolean recordMinutes(UUID caseId, UUID meetingId, MeetingMinutes minutes, InformationCategory category,
                                 Agency agency, String recordedBy, Instant at) {
        return jdbc.sql("""
                        update meeting set minutes = ?, decisions = ?::jsonb, minutes_recorded_at = ?,
                            minutes_recorded_by = ?,
                            minutes_agency = ?, minutes_category = ?
                        where id = ? and case_id = ? and minutes is null""")
                .params(minutes.text(), json.writeValueAsString(minutes.decisions()), Timestamp.from(at), recordedBy,
                        agency.name(), category.name(), meetingId, caseId)
                .update() == 1;
    }

    public List<StoredMeeting> ofCase(UUID caseId) {
        return jdbc.sql("select * from meeting where case_id = ? order by scheduled_for, id").param(caseId)
                .query(this::stored).list();
    }

    public Optional<StoredMeeting> find(UUID caseId, UUID meetingId) {
        return jdbc.sql("select * from meeting where id = ? and case_id = ?").params(meetingId, caseId)
                .query(this::stored).optional();
    }

    private StoredMeeting stored(ResultSet row, int n) throws SQLException {
        Agency scheduledBy = Agency.valueOf(row.getString("scheduled_agency"));
        Owned<MeetingAgenda> agenda = Owned.by(scheduledBy,
                InformationCategory.valueOf(row.getString("agenda_category")),
                json.readValue(row.getString("agenda"), MeetingAgenda.class));
        String text = row.getString("minutes");
        Optional<Owned<MeetingMinutes>> minutes = text == null ? Optional.empty()
                : Optional.of(Owned.by(Agency.valueOf(row.getString("minutes_agency")),
                        InformationCategory.valueOf(row.getString("minutes_category")),
                        new MeetingMinutes(text, json.readValue(row.getString("decisions"), DECISIONS))));
        return new StoredMeeting(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
                row.getTimestamp("scheduled_for").toInstant(), row.getString("place"),
                json.readValue(row.getString("invitees"), REFS), row.getBoolean("family_invited"), scheduledBy, agenda,
                minutes);
    }
}
