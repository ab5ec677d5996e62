-- What a service knows of each case from case-service's events: enough to decide who takes part.
create table case_record (
    case_id      uuid primary key,
    municipality text not null,
    case_code    text not null,
    youth_ref    text not null,
    status       text not null check (status in ('PROPOSED', 'ACTIVE', 'CLOSED'))
);

create table case_member (
    case_id uuid not null references case_record (case_id),
    ref     text not null,
    agency  text,
    role    text not null,
    primary key (case_id, ref)
);
create index case_member_by_ref on case_member (ref);
