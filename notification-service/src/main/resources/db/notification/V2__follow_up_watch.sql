-- The next follow-up of each case's plan, to remind its participants the day before.
create table follow_up_watch (
    case_id      uuid primary key,
    follow_up_at timestamptz not null
);
