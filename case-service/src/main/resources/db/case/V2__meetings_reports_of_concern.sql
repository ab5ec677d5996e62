-- Meetings about one youth: invitees, a three-part agenda, and once held, minutes and decisions.
create table meeting (
    id                  uuid        primary key,
    case_id             uuid        not null references sspf_case (id),
    scheduled_for       timestamptz not null,
    place               text        not null,
    invitees            jsonb       not null,
    family_invited      boolean     not null,
    agenda              jsonb       not null,
    minutes             text,
    decisions           jsonb,
    minutes_recorded_at timestamptz,
    minutes_recorded_by text
);

create index meeting_by_case on meeting (case_id, scheduled_for);

-- That an agency made a report of concern (SoL 14 kap. 1 §): a fact recorded here, never gated, never replacing the report itself.
create table report_of_concern (
    id          uuid        primary key,
    case_id     uuid        not null references sspf_case (id),
    agency      text        not null,
    made_on     date        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
