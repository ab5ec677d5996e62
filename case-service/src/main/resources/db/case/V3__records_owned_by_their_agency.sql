-- A meeting's agenda and minutes are records of the agency that wrote them, shared only under the consent.
-- Meetings scheduled before this was kept were scheduled and minuted by social services, who coordinates.
alter table meeting
    add column scheduled_agency text not null default 'SOCIAL_SERVICES',
    add column agenda_category  text not null default 'OTHER',
    add column minutes_agency   text,
    add column minutes_category text;
alter table meeting alter column scheduled_agency drop default, alter column agenda_category drop default;
update meeting set minutes_agency = 'SOCIAL_SERVICES', minutes_category = 'OTHER' where minutes is not null;
alter table meeting add constraint minutes_have_an_owner
    check ((minutes is null) = (minutes_agency is null) and (minutes is null) = (minutes_category is null));
