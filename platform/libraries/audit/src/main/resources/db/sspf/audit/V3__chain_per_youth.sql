-- Until now every entry of a database joined one chain, and each append locked the whole chain: reads of different
-- youths waited for each other, in one instance and across instances. From here on each youth has a chain of its
-- own, and its head row is the only thing an append locks.
--
-- The entries written before stay exactly as they are: they form the legacy chain, still checked as one chain by
-- sequence number. Where it ends is written down here, so that removing its last entries still shows.
create table legacy_chain_end (
    one    boolean  primary key default true check (one),
    length bigint   not null,
    hash   char(64) not null
);

insert into legacy_chain_end (length, hash)
select coalesce(max(sequence), 0),
       coalesce((select hash from entry order by sequence desc limit 1), repeat('0', 64))
from entry;

create trigger legacy_chain_end_fixed_rows before update or delete on legacy_chain_end
    for each row execute function refuse_audit_change();
create trigger legacy_chain_end_fixed_table before truncate on legacy_chain_end
    for each statement execute function refuse_audit_change();

-- An entry's place in its youth's chain; null for the entries of the legacy chain. previous_hash and hash now link
-- an entry to the youth's entry before it.
alter table entry add column youth_sequence bigint;
alter table entry add constraint entry_youth_place unique (youth_ref, youth_sequence);

-- The sequence number stays the entry's name in the trail (logs and the audit topic use it), now drawn without a
-- lock; a rolled-back append leaves a gap, which is harmless: order and completeness are kept per youth.
create sequence entry_sequence owned by entry.sequence;
select setval('entry_sequence', (select coalesce(max(sequence), 0) + 1 from entry), false);
alter table entry alter column sequence set default nextval('entry_sequence');

-- The end of each youth's chain: how many entries it has and the last one's hash. An append locks this row (and
-- only this row) until it commits, which is what keeps one youth's chain free of forks. The check compares each
-- chain with its head, so that removing a youth's last entries shows.
create table chain_head (
    youth_ref text     primary key,
    length    bigint   not null,
    hash      char(64) not null
);

create trigger chain_head_kept_rows before delete on chain_head
    for each row execute function refuse_audit_change();
create trigger chain_head_kept_table before truncate on chain_head
    for each statement execute function refuse_audit_change();
