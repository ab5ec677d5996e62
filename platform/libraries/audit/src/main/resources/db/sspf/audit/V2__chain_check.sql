-- The verdict of the last check of the chain, one row for the service: the instance that checked writes it, and
-- every instance reports it, so that all of them tell ops the same.
create table chain_check (
    one             boolean     primary key default true check (one),
    checked_at      timestamptz not null,
    entries_checked bigint      not null,
    broken          integer     not null
);
