package se.sspf.casework.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import se.sspf.casework.access.CaseAccess;
import se.sspf.casework.access.CaseAudit;
import se.sspf.casework.domain.CaseRuleViolation;
import se.sspf.casework.domain.IllegalCaseTransition;
import se.sspf.casework.domain.Participant;
import se.sspf.casework.domain.ParticipantRole;
import se.sspf.casework.domain.SspfCase;
import se.sspf.casework.store.CaseStore;
import se.sspf.contracts.InformationCategory;
import se.sspf.contracts.audit.AuditAction;
import se.sspf.contracts.casework.CaseStatus;
import se.sspf.contracts.casework.MeetingScheduled;
import se.sspf.contracts.casework.MinutesRecorded;
import se.sspf.platform.consentgate.ConsentGate;
import se.sspf.platform.outbox.Outbox;
import se.sspf.platform.security.Caller;
import se.sspf.platform.web.ApiProblem;

/**
 * ScheduleMeeting and RecordMinutes. Only the case's participants are invited, and of those only
 * the ones the consent covers: an agency the consent lets the inviting agency share with, or a
 * person the family invited; the family is invited besides. The agenda's returnee part is filled
 * from the case's expected return.
 */
@Service
public class CaseMeetings {

    private final CaseStore store;
    private final ConsentGate gate;
    private final CaseAudit audit;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseMeetings(CaseStore store, ConsentGate gate, CaseAudit audit, Outbox outbox, JdbcClient jdbc, JsonMapper json,
                 TransactionTemplate transaction, Optional<Clock> clock) {
        this.store = store;
        this.gate = gate;
        this.audit = audit;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Meeting schedule(Caller caller, UUID caseId, Instant scheduledFor, String place, List<String> invitees, boolean familyInvited,
                            List<String> individual, List<String> general) {
        CaseAccess.requireStaff(caller);
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, store.findForShare(caseId)).sspfCase();
            requireOpen(sspfCase);
            for (String invitee : invitees) {
                requireCovered(caller, sspfCase, invitee);
            }
            List<String> returnees = sspfCase.expectedReturn() == null ? List.of()
                    : List.of("expected home from " + sspfCase.expectedReturn().from().name().toLowerCase() + " on " + sspfCase.expectedReturn().expectedOn());
            Meeting meeting = new Meeting(UUID.randomUUID(), caseId, scheduledFor, place, invitees, familyInvited,
                    new Meeting.Agenda(individual, returnees, general), null, null);
            jdbc.sql("""
                            insert into meeting (id, case_id, scheduled_for, place, invitees, family_invited, agenda)
                            values (?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)""")
                    .params(meeting.id(), caseId, Timestamp.from(scheduledFor), place, json.writeValueAsString(invitees), familyInvited,
                            json.writeValueAsString(meeting.agenda()))
                    .update();
            outbox.publish(sspfCase.youthRef(), new MeetingScheduled(caseId, sspfCase.municipality(), meeting.id(), scheduledFor, invitees, familyInvited));
            audit.asParticipant(caller, AuditAction.CREATE, sspfCase, "/meetings/" + meeting.id(), "scheduling a meeting");
            return meeting;
        });
    }

    public Meeting recordMinutes(Caller caller, UUID caseId, UUID meetingId, String minutes, List<Meeting.Decision> decisions) {
        CaseAccess.requireStaff(caller);
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, store.findForShare(caseId)).sspfCase();
            requireOpen(sspfCase);
            int recorded = jdbc.sql("""
                            update meeting set minutes = ?, decisions = ?::jsonb, minutes_recorded_at = ?, minutes_recorded_by = ?
                            where id = ? and case_id = ? and minutes is null""")
                    .params(minutes, json.writeValueAsString(decisions), Timestamp.from(clock.instant()), caller.subject(), meetingId, caseId)
                    .update();
            if (recorded == 0) {
                throw find(caseId, meetingId).isPresent()
                        ? ApiProblem.conflict("minutes-recorded", "the minutes of this meeting are recorded already")
                        : ApiProblem.notFound("the meeting");
            }
            outbox.publish(sspfCase.youthRef(), new MinutesRecorded(caseId, sspfCase.municipality(), meetingId, decisions.size()));
            audit.asParticipant(caller, AuditAction.UPDATE, sspfCase, "/meetings/" + meetingId, "recording the minutes");
            return find(caseId, meetingId).orElseThrow();
        });
    }

    public List<Meeting> list(Caller caller, UUID caseId) {
        return transaction.execute(status -> {
            SspfCase sspfCase = CaseAccess.visibleTo(caller, store.find(caseId)).sspfCase();
            audit.asParticipant(caller, AuditAction.READ, sspfCase, "/meetings", "reading the meetings");
            return jdbc.sql("select * from meeting where case_id = ? order by scheduled_for").param(caseId).query(this::meetingOf).list();
        });
    }

    private static void requireOpen(SspfCase sspfCase) {
        if (sspfCase.status() != CaseStatus.ACTIVE && sspfCase.status() != CaseStatus.FOLLOW_UP) {
            throw new IllegalCaseTransition("meetings about the youth are held, and minuted, while a consent exists and the case is open");
        }
    }

    private Optional<Meeting> find(UUID caseId, UUID meetingId) {
        return jdbc.sql("select * from meeting where id = ? and case_id = ?").params(meetingId, caseId).query(this::meetingOf).optional();
    }

    private void requireCovered(Caller caller, SspfCase sspfCase, String invitee) {
        Participant participant = sspfCase.participants().stream().filter(p -> p.ref().equals(invitee)).findFirst()
                .orElseThrow(() -> new CaseRuleViolation("invitee-takes-part", "invitees", "only the case's participants are invited"));
        boolean covered = participant.role() == ParticipantRole.INVITED
                || participant.agency() == caller.agency()
                || Arrays.stream(InformationCategory.values()).anyMatch(category -> gate.check(sspfCase.municipality(), sspfCase.youthRef(),
                        caller.agency(), participant.agency(), category).permitted());
        if (!covered) {
            throw new CaseRuleViolation("invitee-covered-by-consent", "invitees", "the consent does not cover an invited agency");
        }
    }

    private Meeting meetingOf(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        String decisions = row.getString("decisions");
        return new Meeting(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
                row.getTimestamp("scheduled_for").toInstant(), row.getString("place"),
                json.readValue(row.getString("invitees"), new TypeReference<List<String>>() { }), row.getBoolean("family_invited"),
                json.readValue(row.getString("agenda"), Meeting.Agenda.class), row.getString("minutes"),
                decisions == null ? new ArrayList<>() : json.readValue(decisions, new TypeReference<List<Meeting.Decision>>() { }));
    }
}
