-- The timeline: posts on a person's own timeline or in a group, their hashtags and mentions,
-- comments (one level of replies) and likes.

create table post (
    id               uuid          not null primary key,
    author_id        uuid          not null references person (id),
    -- In a group, or on the author's own timeline when null.
    group_id         uuid          references plein_group (id),
    -- The author's organisation when posting: who may read a post on an own timeline.
    organisation_id  uuid          not null references organisation (id),
    -- Who may read it, as search-index terms (see Post.audience); kept with the post so that the
    -- index can be rebuilt from the database alone.
    audience         varchar(400)  not null,
    source           varchar(5000) not null,
    html             varchar(40000) not null,
    created_at       timestamp(6) with time zone not null,
    edited_at        timestamp(6) with time zone,
    deleted_at       timestamp(6) with time zone,
    deleted_by       uuid          references person (id),
    like_count       integer       not null default 0,
    comment_count    integer       not null default 0,
    version          integer       not null default 0
);
create index ix_post_author on post (author_id, created_at);
create index ix_post_group on post (group_id, created_at);

create table post_hashtag (
    post_id  uuid        not null references post (id),
    tag      varchar(50) not null,
    primary key (post_id, tag)
);

create table post_mention (
    post_id    uuid not null references post (id),
    person_id  uuid not null references person (id),
    primary key (post_id, person_id)
);

create table post_like (
    post_id     uuid not null references post (id),
    person_id   uuid not null references person (id),
    created_at  timestamp(6) with time zone not null,
    primary key (post_id, person_id)
);

create table post_comment (
    id          uuid          not null primary key,
    post_id     uuid          not null references post (id),
    -- A reply to this comment; replies are one level deep.
    parent_id   uuid          references post_comment (id),
    author_id   uuid          not null references person (id),
    source      varchar(2000) not null,
    html        varchar(16000) not null,
    created_at  timestamp(6) with time zone not null,
    edited_at   timestamp(6) with time zone,
    deleted_at  timestamp(6) with time zone,
    like_count  integer       not null default 0,
    version     integer       not null default 0
);
create index ix_post_comment_post on post_comment (post_id, created_at);

create table comment_like (
    comment_id  uuid not null references post_comment (id),
    person_id   uuid not null references person (id),
    created_at  timestamp(6) with time zone not null,
    primary key (comment_id, person_id)
);

create table hashtag_follow (
    person_id  uuid        not null references person (id),
    tag        varchar(50) not null,
    primary key (person_id, tag)
);
