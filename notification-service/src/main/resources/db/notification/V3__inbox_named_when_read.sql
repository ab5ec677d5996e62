-- A message in the inbox names the youth only when it is read, and only as the consent then allows: the row
-- keeps the nameless text and what is needed to write it again (the notice's time or day, the language).
-- Rows written before may name the youth and cannot be written again: those that could name are made
-- nameless here once (what the inbox says of a case the reader may not see named).
alter table inbox_message
    add column notice_at  timestamptz,
    add column notice_day date,
    add column language   text    not null default 'SV',
    add column named_when_read boolean not null default false;

update inbox_message
set subject = 'Något nytt i ett ärende', body = 'Det finns något för dig i ärendet.' || E'\n\n' || link
where kind not in ('CONSENT_ENDED', 'CASE_CLOSED');
