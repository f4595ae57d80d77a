-- Groups: visibility (OPEN, CLOSED, SECRET), scope (one organisation, or shared across the
-- installation), members with a group role, join requests, invitations, inactivity and archiving.

create table plein_group (
    id                  uuid          not null primary key,
    name                varchar(80)   not null,
    -- Lower case, accents and punctuation removed: two groups in one scope may not share it.
    name_key            varchar(80)   not null,
    -- The organisation's id for an organisation-scoped group, 'shared' for a shared one.
    scope_key           varchar(36)   not null,
    description         varchar(2000),
    visibility          varchar(16)   not null,
    organisation_id     uuid          not null references organisation (id),
    shared              boolean       not null default false,
    status              varchar(16)   not null default 'ACTIVE',
    member_count        integer       not null default 0,
    has_image           boolean       not null default false,
    created_by          uuid          references person (id),
    created_at          timestamp(6) with time zone not null,
    last_activity_at    timestamp(6) with time zone not null,
    -- Inactivity: when the group entered the community manager's queue, and the administrator's
    -- request to keep it.
    inactive_since      timestamp(6) with time zone,
    keep_requested_at   timestamp(6) with time zone,
    keep_reason         varchar(500),
    archived_at         timestamp(6) with time zone,
    version             integer       not null default 0,
    constraint uk_group_name_in_scope unique (scope_key, name_key)
);
create index ix_group_inactive on plein_group (status, last_activity_at);
create index ix_group_organisation on plein_group (organisation_id);

create table group_image (
    group_id    uuid         not null primary key references plein_group (id),
    small       bytea        not null,
    medium      bytea        not null,
    large       bytea        not null,
    updated_at  timestamp(6) with time zone not null,
    version     integer      not null default 0
);

create table group_member (
    group_id    uuid         not null references plein_group (id),
    person_id   uuid         not null references person (id),
    role        varchar(16)  not null,
    joined_at   timestamp(6) with time zone not null,
    primary key (group_id, person_id)
);
create index ix_group_member_person on group_member (person_id);
create index ix_group_member_role on group_member (group_id, role, joined_at);

create table group_join_request (
    id              uuid          not null primary key,
    group_id        uuid          not null references plein_group (id),
    person_id       uuid          not null references person (id),
    message         varchar(500),
    status          varchar(16)   not null,
    created_at      timestamp(6) with time zone not null,
    decided_by      uuid          references person (id),
    decided_at      timestamp(6) with time zone,
    decision_message varchar(500),
    version         integer       not null default 0
);
create index ix_group_join_request_group on group_join_request (group_id, status, created_at);
create index ix_group_join_request_person on group_join_request (person_id, status);

create table group_invitation (
    id          uuid          not null primary key,
    group_id    uuid          not null references plein_group (id),
    person_id   uuid          not null references person (id),
    invited_by  uuid          not null references person (id),
    status      varchar(16)   not null,
    created_at  timestamp(6) with time zone not null,
    decided_at  timestamp(6) with time zone,
    version     integer       not null default 0
);
create index ix_group_invitation_person on group_invitation (person_id, status);
create index ix_group_invitation_group on group_invitation (group_id, status);
