-- A case: the aggregate as JSON, with the columns it is looked up and locked by. No identity here.
create table sspf_case (
    id           uuid   primary key,
    municipality text   not null,
    youth_ref    text   not null unique,
    status       text   not null,
    row_version  bigint not null,
    document     jsonb  not null
);

-- The youth's name and personal identity number, encrypted (AES-256-GCM); the key is not in the database.
create table youth_identity (
    case_id         uuid        primary key references sspf_case (id),
    key_id          text        not null,
    nonce           bytea       not null,
    ciphertext      bytea       not null,
    attached_at     timestamptz not null,
    attached_by     text        not null,
    attached_agency text        not null
);

-- What each agency recorded; another agency reads an entry only through the consent gate.
create table journal_entry (
    id          uuid        primary key,
    case_id     uuid        not null references sspf_case (id),
    agency      text        not null,
    category    text        not null,
    text        text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);

create index journal_by_case on journal_entry (case_id, recorded_at);
