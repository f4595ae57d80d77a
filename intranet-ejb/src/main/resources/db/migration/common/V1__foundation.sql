-- Plein foundation schema: installation, organisations, departments, locations, people,
-- accounts, roles, login throttling and API tokens. Written for PostgreSQL; H2 runs it in
-- PostgreSQL mode (the embedded default).

create table installation (
    id                      uuid         not null primary key,
    name                    varchar(80)  not null,
    theme                   varchar(40)  not null,
    primary_color           varchar(7),
    organisations_separated boolean      not null default false,
    logo                    bytea,
    logo_content_type       varchar(40),
    updated_at              timestamp(6) with time zone not null,
    version                 integer      not null default 0
);

create table organisation (
    id          uuid         not null primary key,
    name        varchar(120) not null,
    name_key    varchar(120) not null,
    short_name  varchar(20),
    active      boolean      not null default true,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     integer      not null default 0,
    constraint uk_organisation_name unique (name_key)
);

create table department (
    id              uuid         not null primary key,
    organisation_id uuid         not null references organisation (id),
    parent_id       uuid         references department (id),
    name            varchar(120) not null,
    active          boolean      not null default true,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         integer      not null default 0
);
create index ix_department_organisation on department (organisation_id, name);
create index ix_department_parent on department (parent_id);

create table location (
    id              uuid         not null primary key,
    organisation_id uuid         not null references organisation (id),
    name            varchar(120) not null,
    street          varchar(120),
    postal_code     varchar(10),
    city            varchar(80),
    active          boolean      not null default true,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         integer      not null default 0
);
create index ix_location_organisation on location (organisation_id, name);

create table person (
    id              uuid         not null primary key,
    organisation_id uuid         not null references organisation (id),
    department_id   uuid         references department (id),
    location_id     uuid         references location (id),
    manager_id      uuid         references person (id),
    given_name      varchar(80)  not null,
    surname_prefix  varchar(20),
    surname         varchar(80)  not null,
    sort_name       varchar(200) not null,
    function_title  varchar(120),
    email           varchar(200),
    phone           varchar(40),
    active          boolean      not null default true,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         integer      not null default 0
);
create index ix_person_organisation on person (organisation_id, sort_name);
create index ix_person_department on person (department_id);
create index ix_person_manager on person (manager_id);

create table account (
    id              uuid         not null primary key,
    username        varchar(64)  not null,
    display_name    varchar(160) not null,
    email           varchar(200),
    person_id       uuid         references person (id),
    organisation_id uuid         references organisation (id),
    enabled         boolean      not null default true,
    demo            boolean      not null default false,
    created_at      timestamp(6) with time zone not null,
    last_login_at   timestamp(6) with time zone,
    version         integer      not null default 0,
    constraint uk_account_username unique (username),
    constraint uk_account_person unique (person_id)
);
create index ix_account_display_name on account (display_name);

-- A password is one way to log in; single sign-on (later) adds other credential tables.
create table local_credential (
    account_id      uuid         not null primary key references account (id),
    password_hash   varchar(400) not null,
    changed_at      timestamp(6) with time zone not null
);

create table role_assignment (
    id              uuid         not null primary key,
    account_id      uuid         not null references account (id),
    role            varchar(32)  not null,
    organisation_id uuid         references organisation (id)
);
create index ix_role_assignment_account on role_assignment (account_id);

create table login_throttle (
    throttle_key    varchar(200) not null primary key,
    failures        integer      not null,
    first_failure_at timestamp(6) with time zone not null,
    blocked_until   timestamp(6) with time zone
);

create table api_token (
    id              uuid         not null primary key,
    name            varchar(80)  not null,
    token_hash      varchar(64)  not null,
    token_prefix    varchar(16)  not null,
    scopes          varchar(200) not null,
    organisation_id uuid         references organisation (id),
    created_by      uuid         references account (id),
    created_at      timestamp(6) with time zone not null,
    revoked_at      timestamp(6) with time zone,
    last_used_at    timestamp(6) with time zone,
    demo            boolean      not null default false,
    constraint uk_api_token_hash unique (token_hash)
);
