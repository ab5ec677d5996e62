#!/usr/bin/env python3
"""Writes the JSON Schema and the example of each SSPF event type from one description, so that the
two cannot drift apart. Run it after changing an event; the ContractExamplesTest checks the result.
The AuditRecorded schema is written by hand (it has a conditional) and is not generated here."""
import json, os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "main", "resources", "contracts")
ENV = "cloudevent.schema.json"
uuid = {"type": "string", "format": "uuid"}
instant = {"type": "string", "format": "date-time"}
date = {"type": "string", "format": "date"}
municipality = {"type": "string", "pattern": "^[0-9]{4}$"}
agencies = {"type": "array", "uniqueItems": True, "items": {"$ref": ENV + "#/$defs/agency"}}
categories = {"type": "array", "uniqueItems": True, "minItems": 1, "items": {"$ref": ENV + "#/$defs/category"}}
version = {"type": "integer", "minimum": 1}
youth = {"$ref": ENV + "#/$defs/youthRef"}

consent_head = {"consentId": uuid, "version": version, "caseId": uuid, "municipality": municipality}
head_example = {"consentId": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "version": 1,
                "caseId": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "municipality": "2380"}

group_example = "4b3a2918-07f6-4e5d-8c4b-3a29180f7e6d"
count = {"type": "integer", "minimum": 0}
action_properties = {"caseId": uuid, "municipality": municipality, "actionId": uuid,
                     "responsibleAgency": {"$ref": ENV + "#/$defs/agency"},
                     "responsibleRef": {"oneOf": [{"type": "string", "minLength": 1}, {"type": "null"}]}, "dueOn": date}
action_example = {"caseId": head_example["caseId"], "municipality": "2380", "actionId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
                  "responsibleAgency": "SCHOOL", "responsibleRef": "c0a8012e-5d0b-4f3e-8a1b-9e2f3c4d5a6b", "dueOn": "2026-12-18"}

EVENTS = {
    "se.sspf.consent.ConsentState.v1": (
        "sspf.consent.state.v1", "The full consent state of one youth (compacted, keyed by youth reference).", youth,
        {"youthRef": youth, "municipality": municipality, "consents": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["consentId", "version", "caseId", "status", "agencies", "categories", "validFrom", "expiresAt", "expiryCause", "changedAt"],
            "properties": {"consentId": uuid, "version": version, "caseId": uuid,
                           "status": {"enum": ["ACTIVE", "REVOKED", "TORN_UP"]}, "agencies": agencies,
                           "categories": categories, "validFrom": instant, "expiresAt": instant,
                           "expiryCause": {"enum": ["VALID_UNTIL", "AWAITING_RECONFIRMATION"]}, "changedAt": instant}}}},
        {"youthRef": "Y-7Q2M9X4K", "municipality": "2380", "consents": [dict(
            consentId=head_example["consentId"], version=1, caseId=head_example["caseId"], status="ACTIVE",
            agencies=["SCHOOL", "SOCIAL_SERVICES", "POLICE"], categories=["SCHOOL_OCCUPATION", "CRIMINALITY"],
            validFrom="2026-11-22T23:00:00Z", expiresAt="2027-06-30T22:00:00Z", expiryCause="VALID_UNTIL",
            changedAt="2026-11-23T09:15:02.123456Z")]}),
    "se.sspf.consent.ConsentHeartbeat.v1": (
        "sspf.consent.state.v1", "Every consent change committed before the watermark is on this partition before this record.",
        {"type": "string", "pattern": "^partition-[0-9]+$"},
        {"partition": {"type": "integer", "minimum": 0}, "watermark": instant},
        {"partition": 2, "watermark": "2026-11-23T09:15:02.100000Z"}),
    "se.sspf.consent.ConsentGiven.v1": (
        "sspf.consent.events.v1", "A youth and the guardians consented to information sharing.", youth,
        dict(consent_head, agencies=agencies, categories=categories, validFrom=date, validUntil=date, researchFollowUp={"type": "boolean"}),
        dict(head_example, agencies=["SCHOOL", "SOCIAL_SERVICES", "POLICE"], categories=["SCHOOL_OCCUPATION", "CRIMINALITY"],
             validFrom="2026-11-23", validUntil="2027-06-30", researchFollowUp=True)),
    "se.sspf.consent.ConsentScopeChanged.v1": (
        "sspf.consent.events.v1", "The consent was signed again with a new scope: a new version.", youth,
        dict(consent_head, agencies=agencies, categories=categories, validFrom=date, validUntil=date),
        dict(head_example, version=2, agencies=["SCHOOL", "SOCIAL_SERVICES", "POLICE", "LEISURE"],
             categories=["SCHOOL_OCCUPATION", "CRIMINALITY", "LEISURE"], validFrom="2026-12-01", validUntil="2027-06-30")),
    "se.sspf.consent.ConsentRevoked.v1": (
        "sspf.consent.events.v1", "A signer withdrew the consent: every party must stop sharing.", youth,
        dict(consent_head, revokedAt=instant, revokedBy={"enum": ["YOUTH", "GUARDIAN"]}),
        dict(head_example, revokedAt="2027-01-15T13:02:11.5Z", revokedBy="GUARDIAN")),
    "se.sspf.consent.ConsentTornUp.v1": (
        "sspf.consent.events.v1", "The case closed, so the consent was torn up: every party must stop sharing.", youth,
        dict(consent_head, tornUpAt=instant), dict(head_example, tornUpAt="2027-05-20T08:00:00Z")),
    "se.sspf.consent.ConsentExpired.v1": (
        "sspf.consent.events.v1", "The consent reached its end: valid-until, or the 18th birthday without reconfirmation.", youth,
        dict(consent_head, expiredAt=instant, cause={"enum": ["VALID_UNTIL", "AWAITING_RECONFIRMATION"]}),
        dict(head_example, expiredAt="2027-06-30T22:00:00Z", cause="VALID_UNTIL")),
    "se.sspf.consent.ConsentReconfirmed.v1": (
        "sspf.consent.events.v1", "The youth, now 18, confirmed the consent themself.", youth,
        dict(consent_head, reconfirmedOn=date), dict(head_example, reconfirmedOn="2027-03-02")),
    "se.sspf.casework.CaseProposed.v1": (
        "sspf.case.events.v1", "A youth was proposed for SSPF; the case may be de-identified.", youth,
        {"caseId": uuid, "municipality": municipality, "caseCode": {"type": "string", "pattern": "^SSPF-[0-9A-Z]{6}$"},
         "proposedBy": {"$ref": ENV + "#/$defs/agency"},
         "riskIndicators": {"type": "array", "uniqueItems": True, "minItems": 1, "items": {"enum": [
             "SUSPECTED_CRIME", "ALCOHOL_OR_NARCOTICS", "DESTRUCTIVE_ENVIRONMENT", "WORRYING_PEER_CONTACTS", "HIGH_SCHOOL_ABSENCE", "OTHER"]}}},
        {"caseId": head_example["caseId"], "municipality": "2380", "caseCode": "SSPF-7K2Q9M", "proposedBy": "SCHOOL",
         "riskIndicators": ["HIGH_SCHOOL_ABSENCE", "WORRYING_PEER_CONTACTS"]}),
    "se.sspf.casework.CaseDecided.v1": (
        "sspf.case.events.v1", "Social services decided whether the youth is offered SSPF; the reason stays in case-service.", youth,
        {"caseId": uuid, "municipality": municipality, "offered": {"type": "boolean"}},
        {"caseId": head_example["caseId"], "municipality": "2380", "offered": True}),
    "se.sspf.casework.CaseActivated.v1": (
        "sspf.case.events.v1", "A consent came for the case: identified work may begin.", youth,
        {"caseId": uuid, "municipality": municipality, "consentId": uuid},
        {"caseId": head_example["caseId"], "municipality": "2380", "consentId": head_example["consentId"]}),
    "se.sspf.casework.ParticipantAdded.v1": (
        "sspf.case.events.v1", "Somebody joined the case; an invited person (no agency) has no professional duty of confidentiality.", youth,
        {"caseId": uuid, "municipality": municipality, "participantRef": {"type": "string", "minLength": 1},
         "agency": {"oneOf": [{"$ref": ENV + "#/$defs/agency"}, {"type": "null"}]},
         "role": {"enum": ["COORDINATOR", "NAVIGATOR", "STAFF", "INVITED"]}},
        {"caseId": head_example["caseId"], "municipality": "2380", "participantRef": "c0a8012e-5d0b-4f3e-8a1b-9e2f3c4d5a6b",
         "agency": "POLICE", "role": "STAFF"}),
    "se.sspf.casework.MeetingScheduled.v1": (
        "sspf.case.events.v1", "A meeting about the youth was scheduled and its invitees invited.", youth,
        {"caseId": uuid, "municipality": municipality, "meetingId": uuid, "scheduledFor": instant,
         "invitees": {"type": "array", "items": {"type": "string", "minLength": 1}}, "familyInvited": {"type": "boolean"}},
        {"caseId": head_example["caseId"], "municipality": "2380", "meetingId": "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a",
         "scheduledFor": "2026-12-03T13:00:00Z", "invitees": ["c0a8012e-5d0b-4f3e-8a1b-9e2f3c4d5a6b"], "familyInvited": True}),
    "se.sspf.casework.MinutesRecorded.v1": (
        "sspf.case.events.v1", "The minutes of a meeting were recorded; what they say stays in case-service.", youth,
        {"caseId": uuid, "municipality": municipality, "meetingId": uuid, "decisions": {"type": "integer", "minimum": 0}},
        {"caseId": head_example["caseId"], "municipality": "2380", "meetingId": "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a", "decisions": 2}),
    "se.sspf.casework.CaseClosed.v1": (
        "sspf.case.events.v1", "The SSPF case was closed; its consent is torn up.", youth,
        {"caseId": uuid, "municipality": municipality, "closedAt": instant, "reason": {"type": "string", "minLength": 1}},
        {"caseId": head_example["caseId"], "municipality": "2380", "closedAt": "2027-05-20T08:00:00Z",
         "reason": "the plan's goals were reached"}),
    "se.sspf.casework.CaseRegisteredForMeeting.v1": (
        "sspf.case.events.v1", "The case was put on a working group meeting's individual part; its own meeting invites its participants.", youth,
        {"caseId": uuid, "municipality": municipality, "groupId": uuid, "groupMeetingId": uuid, "caseMeetingId": uuid},
        {"caseId": head_example["caseId"], "municipality": "2380", "groupId": group_example,
         "groupMeetingId": "8e7d6c5b-4a39-4281-a0f9-e8d7c6b5a493", "caseMeetingId": "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a"}),
    "se.sspf.casework.WorkingGroupMeetingScheduled.v1": (
        "sspf.case.events.v1", "A working or steering group's meeting was called; about no one youth, so keyed by the group's id; "
        "its place and agenda stay in case-service.", uuid,
        {"groupId": uuid, "municipality": municipality, "meetingId": uuid, "scheduledFor": instant,
         "kind": {"enum": ["WORKING", "STEERING"]}},
        {"groupId": group_example, "municipality": "2380", "meetingId": "8e7d6c5b-4a39-4281-a0f9-e8d7c6b5a493",
         "scheduledFor": "2026-12-10T13:00:00Z", "kind": "WORKING"}),
    "se.sspf.plan.PlanAgreed.v1": (
        "sspf.plan.events.v1", "A version of the youth's action plan was agreed; what it says stays in plan-service.", youth,
        {"caseId": uuid, "municipality": municipality, "version": version, "actions": {"type": "integer", "minimum": 0},
         "followUpAt": instant},
        {"caseId": head_example["caseId"], "municipality": "2380", "version": 1, "actions": 5, "followUpAt": "2027-01-14T14:00:00Z"}),
    "se.sspf.plan.ActionAssigned.v1": (
        "sspf.plan.events.v1", "An agency became responsible for an action of the plan, or its due date moved; "
        "what the action is and its area stay in plan-service.", youth, action_properties, action_example),
    "se.sspf.plan.ActionDueSoon.v1": (
        "sspf.plan.events.v1", "An unfinished action is due within the reminder period; once per action and due date.", youth,
        action_properties, action_example),
    "se.sspf.plan.ActionOverdue.v1": (
        "sspf.plan.events.v1", "An action passed its due date unfinished; once per action and due date.", youth,
        action_properties, action_example),
    "se.sspf.plan.FollowUpScheduled.v1": (
        "sspf.plan.events.v1", "The plan's next follow-up meeting was set or moved; the place stays in plan-service.", youth,
        {"caseId": uuid, "municipality": municipality, "followUpAt": instant},
        {"caseId": head_example["caseId"], "municipality": "2380", "followUpAt": "2027-01-14T14:00:00Z"}),
    "se.sspf.plan.FollowUpRecorded.v1": (
        "sspf.plan.events.v1", "A follow-up meeting checked every action and decided; CLOSE closes the case.", youth,
        {"caseId": uuid, "municipality": municipality, "reviewedVersion": version,
         "decision": {"enum": ["CONTINUE", "REVISE", "CLOSE"]}, "done": count, "notDone": count, "changed": count,
         "planFollowed": {"type": "boolean"}},
        {"caseId": head_example["caseId"], "municipality": "2380", "reviewedVersion": 1, "decision": "REVISE", "done": 3,
         "notDone": 1, "changed": 1, "planFollowed": False}),
}

for event_type, (topic, description, subject, properties, example) in EVENTS.items():
    short = event_type.split(".")[-2]
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://schemas.sspf.se/contracts/%s.schema.json" % event_type,
        "title": "%s on %s" % (short, topic),
        "description": description + " No name or personal identity number.",
        "allOf": [{"$ref": ENV}],
        "properties": {
            "type": {"const": event_type},
            "subject": subject,
            "data": {"type": "object", "additionalProperties": False, "required": sorted(properties),
                     "properties": properties}}}
    subject_example = ("partition-2" if "Heartbeat" in event_type
                       else group_example if "WorkingGroup" in event_type else "Y-7Q2M9X4K")
    document = {"specversion": "1.0", "id": "6f1c2a8e-3b9d-4c57-9e0a-2f4d8b1c7e35",
                "source": "/sspf/" + {"casework": "case-service", "plan": "plan-service"}.get(event_type.split(".")[2], "consent-service"),
                "type": event_type, "time": "2026-11-23T09:15:02.123456Z", "subject": subject_example,
                "datacontenttype": "application/json", "data": example}
    with open(os.path.join(HERE, "schemas", event_type + ".schema.json"), "w") as out:
        json.dump(schema, out, indent=2, ensure_ascii=False)
        out.write("\n")
    with open(os.path.join(HERE, "examples", event_type + ".json"), "w") as out:
        json.dump(document, out, indent=2, ensure_ascii=False)
        out.write("\n")
