-- One row per read or change of a youth's personal data. Each row's hash covers its content and the
-- previous row's hash, so changing or removing a row breaks the chain from there on.
create table entry (
    sequence        bigint      primary key,
    entry_id        uuid        not null unique,
    occurred_at     timestamptz not null,
    youth_ref       text        not null,
    actor           text        not null,
    agency          text        not null,
    municipality    text        not null,
    action          text        not null,
    resource        text        not null,
    purpose         text        not null,
    legal_basis     text        not null,
    consent_id      uuid,
    consent_version integer,
    previous_hash   char(64)    not null,
    hash            char(64)    not null
);

create index entry_youth on entry (youth_ref, sequence);

-- Append-only for everybody who goes through SQL; what a superuser does around this is what the chain catches.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end $$;

create trigger entry_append_only_rows before update or delete on entry
    for each row execute function refuse_audit_change();
create trigger entry_append_only_table before truncate on entry
    for each statement execute function refuse_audit_change();
