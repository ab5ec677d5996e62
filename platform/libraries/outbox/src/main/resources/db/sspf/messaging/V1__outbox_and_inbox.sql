-- Events waiting to be relayed to Kafka, written in the same transaction as the change they announce.
create table outbox (
    id          bigserial   primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    record_key  text        not null,
    payload     bytea       not null,
    traceparent text,
    created_at  timestamptz not null default now()
);

-- Event ids a consumer has handled, written in the same transaction as the handling's effect.
create table inbox (
    consumer   text        not null,
    event_id   uuid        not null,
    handled_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
