-- A consent: the aggregate as JSON, with the columns it is looked up and locked by.
create table consent (
    id               uuid        primary key,
    municipality     text        not null,
    case_id          uuid        not null,
    youth_ref        text        not null,
    status           text        not null,
    expires_at       timestamptz not null,
    expiry_announced boolean     not null,
    row_version      bigint      not null,
    document         jsonb       not null
);

create index consent_by_youth on consent (municipality, youth_ref);
create index consent_by_case on consent (case_id);
create index consent_due_to_expire on consent (expires_at) where status = 'ACTIVE' and not expiry_announced;

-- Every version and change of a consent as it stood afterwards: the readable history.
create table consent_history (
    consent_id  uuid        not null references consent (id),
    seq         bigserial,
    occurred_at timestamptz not null,
    change      text        not null,
    actor       text        not null,
    version     integer     not null,
    document    jsonb       not null,
    primary key (consent_id, seq)
);

-- Registration requests by Idempotency-Key: a retried request returns the consent it made.
create table registration_request (
    municipality    text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    consent_id      uuid        not null references consent (id),
    created_at      timestamptz not null default now(),
    primary key (municipality, idempotency_key)
);
