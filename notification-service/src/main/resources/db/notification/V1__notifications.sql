-- How each user wants to be told: an e-mail address (none: the in-app inbox only) and a language.
create table recipient_settings (
    user_ref     text primary key,
    municipality text not null,
    email        text,
    language     text not null check (language in ('sv', 'en'))
);

-- Who was told of what: one row per event and recipient (a user, or an agency's subscription), so a
-- redelivered event never tells anybody twice.
create table notified (
    event_id   uuid not null,
    recipient  text not null,
    primary key (event_id, recipient)
);

create table inbox_message (
    id           uuid primary key,
    user_ref     text        not null,
    municipality text        not null,
    case_id      uuid        not null,
    kind         text        not null,
    subject      text        not null,
    body         text        not null,
    link         text        not null,
    created_at   timestamptz not null,
    read_at      timestamptz
);
create index inbox_by_user on inbox_message (user_ref, created_at desc);

-- An agency system's webhook endpoint; the secret signs every delivery (Standard Webhooks).
create table subscription (
    id           uuid primary key,
    municipality text        not null,
    agency       text        not null,
    url          text        not null,
    secret       text        not null,
    created_by   text        not null,
    created_at   timestamptz not null,
    active       boolean     not null
);
create index subscription_by_agency on subscription (municipality, agency) where active;

-- Everything that leaves by e-mail or webhook, retried with backoff until delivered or dead. The
-- message is written at each attempt, so a name goes out only if it may at that moment; the subject
-- kept here is the one without a name, for the dead-letter list.
create table delivery (
    id              uuid primary key,
    channel         text        not null check (channel in ('EMAIL', 'WEBHOOK')),
    target          text        not null,
    subject         text        not null,
    notice          jsonb       not null,
    agency          text        not null,
    language        text        not null,
    status          text        not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer     not null,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';

-- The consents being watched for their end, to warn 30 and 7 days before.
create table consent_watch (
    consent_id   uuid primary key,
    case_id      uuid    not null,
    valid_until  date    not null,
    active       boolean not null
);
