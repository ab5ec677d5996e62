package se.sspf.contracts.casework;

import se.sspf.contracts.EventData;

/** What case-service announces of a case, on its case-events topic. */
public sealed interface CaseEvent extends EventData
        permits CaseProposed, CaseDecided, CaseActivated, ParticipantAdded, MeetingScheduled, MinutesRecorded,
        CaseClosed, CaseRegisteredForMeeting {
}
