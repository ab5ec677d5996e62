-- What the test consumer did; no unique key, so that a second effect of one event would show.
create table effect (
    event_id  uuid not null,
    youth_ref text not null,
    sequence  bigint not null
);
