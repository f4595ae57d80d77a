-- Knowledge pages: owned by a department or a group, in a hierarchy that forms a menu; every save
-- is a revision; an owner and a review date; feedback, comments, images and documents.

create table knowledge_page (
    id                  uuid          not null primary key,
    organisation_id     uuid          not null,
    -- Exactly one of the two: the department or the group the page belongs to.
    department_id       uuid,
    group_id            uuid,
    parent_id           uuid          references knowledge_page (id),
    title               varchar(200)  not null,
    source              varchar(200000) not null,
    html                varchar(400000) not null,
    -- Text extracted from the page's documents, for search.
    attachment_text     varchar(1000000) not null,
    -- Space-separated reader terms (see Audience).
    audience            varchar(1000) not null,
    owner_id            uuid          not null,
    review_date         date          not null,
    revision            integer       not null,
    created_at          timestamp(6) with time zone not null,
    created_by          uuid          not null,
    updated_at          timestamp(6) with time zone not null,
    updated_by          uuid          not null,
    unpublished_at      timestamp(6) with time zone,
    unpublished_by      uuid,
    unpublished_reason  varchar(500),
    successor_id        uuid          references knowledge_page (id),
    helpful_count       integer       not null default 0,
    unhelpful_count     integer       not null default 0,
    comment_count       integer       not null default 0,
    version             integer       not null default 0,
    constraint ck_knowledge_page_space check ((department_id is null) <> (group_id is null))
);
create index ix_knowledge_page_parent on knowledge_page (parent_id, title);
create index ix_knowledge_page_department on knowledge_page (department_id, parent_id, title);
create index ix_knowledge_page_group on knowledge_page (group_id, parent_id, title);
create index ix_knowledge_page_owner_review on knowledge_page (owner_id, review_date);
create index ix_knowledge_page_org_review on knowledge_page (organisation_id, review_date);

create table page_revision (
    id             uuid          not null primary key,
    page_id        uuid          not null references knowledge_page (id),
    number         integer       not null,
    title          varchar(200)  not null,
    source         varchar(200000) not null,
    author_id      uuid          not null,
    created_at     timestamp(6) with time zone not null,
    note           varchar(300),
    -- A restore: the revision whose text this one brought back.
    restored_from  integer,
    constraint uq_page_revision unique (page_id, number)
);

create table page_file (
    id            uuid          not null primary key,
    page_id       uuid          not null references knowledge_page (id),
    file_name     varchar(255)  not null,
    -- IMAGE or a DocumentType name.
    type          varchar(16)   not null,
    media_type    varchar(100)  not null,
    size_bytes    bigint        not null,
    content       bytea         not null,
    -- Whether the text could be read for search; if not, why (encrypted, unreadable).
    indexable     boolean       not null,
    index_problem varchar(32),
    uploaded_by   uuid          not null,
    created_at    timestamp(6) with time zone not null
);
create index ix_page_file_page on page_file (page_id, created_at);

create table page_feedback (
    id          uuid          not null primary key,
    page_id     uuid          not null references knowledge_page (id),
    person_id   uuid          not null,
    helpful     boolean       not null,
    comment     varchar(1000),
    created_at  timestamp(6) with time zone not null,
    constraint uq_page_feedback unique (page_id, person_id)
);
create index ix_page_feedback_recent on page_feedback (page_id, created_at);

create table page_comment (
    id          uuid          not null primary key,
    page_id     uuid          not null references knowledge_page (id),
    author_id   uuid          not null,
    source      varchar(5000) not null,
    html        varchar(20000) not null,
    created_at  timestamp(6) with time zone not null,
    deleted_at  timestamp(6) with time zone
);
create index ix_page_comment_page on page_comment (page_id, created_at);
