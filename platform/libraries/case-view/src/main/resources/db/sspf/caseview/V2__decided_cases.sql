-- Social services' decision is part of where a case stands: a consent is registered for an offered case only.
alter table case_record drop constraint case_record_status_check;
alter table case_record add constraint case_record_status_check
    check (status in ('PROPOSED', 'AWAITING_CONSENT', 'DECLINED', 'ACTIVE', 'CLOSED'));
