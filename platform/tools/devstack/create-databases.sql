-- One database per service: a service owns its data and no other service reads its tables.
create database sspf_consent;
create database sspf_case;
create database sspf_plan;
create database sspf_notification;
