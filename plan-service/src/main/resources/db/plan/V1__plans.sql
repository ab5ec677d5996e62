-- One plan per case: the version in force, the next follow-up and where each action stands.
create table plan (
    case_id      uuid primary key,
    municipality text   not null,
    closed       boolean not null,
    row_version  bigint not null,
    document     jsonb  not null
);

-- Every agreed version, never changed afterwards.
create table plan_version (
    case_id  uuid    not null references plan (case_id),
    version  integer not null,
    document jsonb   not null,
    primary key (case_id, version)
);

create table follow_up (
    id          uuid primary key,
    case_id     uuid        not null references plan (case_id),
    recorded_at timestamptz not null,
    document    jsonb       not null
);
create index follow_up_by_case on follow_up (case_id, recorded_at);

-- A reminder is announced once per action, threshold and due date, however many instances scan.
create table reminder_sent (
    action_id uuid        not null,
    threshold text        not null,
    due_on    date        not null,
    sent_at   timestamptz not null,
    primary key (action_id, threshold, due_on)
);
