-- The webhook types (se.sspf.notification.<Kind>.v1) a subscription wants. None means every type: what each
-- subscription made before meant, and what a system gets that names none.
alter table subscription add column event_types text[] not null default '{}';
