-- A municipality's working and steering groups (issue 21): about no one youth, so nothing here identifies one.
create table working_group (
    id                         uuid        primary key,
    municipality               text        not null,
    kind                       text        not null check (kind in ('WORKING', 'STEERING')),
    name                       text        not null,
    meeting_interval_days      integer     not null,
    registration_deadline_days integer     not null,
    mandate                    text,
    mandate_given_at           timestamptz,
    mandate_given_by           text,
    created_by                 text        not null,
    created_at                 timestamptz not null
);

create index working_group_by_municipality on working_group (municipality);

create table working_group_member (
    group_id uuid not null references working_group (id),
    ref      text not null,
    agency   text not null,
    role     text not null check (role in ('CONVENER', 'MEMBER')),
    position integer not null,
    primary key (group_id, ref)
);

create index working_group_member_by_ref on working_group_member (ref);

-- A group's meeting: the general part (events ahead, incidents, shortcomings) and its minutes are the group's own.
create table group_meeting (
    id                  uuid        primary key,
    group_id            uuid        not null references working_group (id),
    scheduled_for       timestamptz not null,
    place               text        not null,
    general             jsonb       not null,
    called_by           text        not null,
    minutes             text,
    decisions           jsonb,
    minutes_recorded_at timestamptz,
    minutes_recorded_by text
);

create index group_meeting_by_group on group_meeting (group_id, scheduled_for);

-- The individual part: each registered case has its own meeting (the meeting table), where its minutes go.
alter table meeting add column group_meeting_id uuid references group_meeting (id);

create table group_meeting_case (
    group_meeting_id uuid        not null references group_meeting (id),
    case_id          uuid        not null references sspf_case (id),
    case_meeting_id  uuid        not null references meeting (id),
    registered_by    text        not null,
    registered_at    timestamptz not null,
    primary key (group_meeting_id, case_id)
);

-- Youths discussed without consent: a made-up code and risk signs, never anything that identifies them.
create table group_meeting_deidentified (
    id                   uuid        primary key,
    group_meeting_id     uuid        not null references group_meeting (id),
    code                 text        not null,
    risk_indicators      jsonb       not null,
    returnee_from        text,
    returnee_expected_on date,
    seek_consent         boolean     not null,
    presented_at         timestamptz not null,
    check ((returnee_from is null) = (returnee_expected_on is null))
);

create index group_meeting_deidentified_by_meeting on group_meeting_deidentified (group_meeting_id, presented_at);
