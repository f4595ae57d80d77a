-- News and blogs: written by content editors (news) and bloggers (blogs), targeted at the whole
-- installation or at organisations and departments, published now or at a set time; reads and
-- unique readers per item, and for blogs comments and likes.

create table news_item (
    id               uuid          not null primary key,
    -- NEWS or BLOG.
    kind             varchar(8)    not null,
    -- The organisation the item belongs to (its editors may change it).
    organisation_id  uuid          not null,
    author_id        uuid          not null,
    title            varchar(200)  not null,
    teaser           varchar(300),
    source           varchar(50000) not null,
    html             varchar(100000) not null,
    -- Space-separated target terms (see NewsTargets): all, org:<id>, dept:<id> org-part:<id>.
    targets          varchar(4000) not null,
    -- The image's text for who cannot see it; the image itself is in news_image (0 versions: none).
    image_alt        varchar(200),
    image_version    integer       not null default 0,
    publish_at       timestamp(6) with time zone not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    deleted_at       timestamp(6) with time zone,
    deleted_by       uuid,
    read_count       bigint        not null default 0,
    reader_count     bigint        not null default 0,
    like_count       integer       not null default 0,
    comment_count    integer       not null default 0,
    version          integer       not null default 0
);
create index ix_news_item_author on news_item (author_id, publish_at);
create index ix_news_item_organisation on news_item (organisation_id, publish_at);

-- The item's picture, whole, in three sizes (JPEG without EXIF).
create table news_image (
    news_id     uuid         not null primary key references news_item (id),
    small       bytea        not null,
    medium      bytea        not null,
    large       bytea        not null,
    updated_at  timestamp(6) with time zone not null,
    version     integer      not null default 0
);

-- Who read an item (once per person, with their organisation then): unique readers per organisation.
create table news_read (
    news_id          uuid          not null references news_item (id),
    person_id        uuid          not null,
    organisation_id  uuid          not null,
    first_read_at    timestamp(6) with time zone not null,
    primary key (news_id, person_id)
);
create index ix_news_read_organisation on news_read (news_id, organisation_id);

create table news_like (
    news_id     uuid          not null references news_item (id),
    person_id   uuid          not null,
    created_at  timestamp(6) with time zone not null,
    primary key (news_id, person_id)
);

create table news_comment (
    id          uuid          not null primary key,
    news_id     uuid          not null references news_item (id),
    author_id   uuid          not null,
    source      varchar(5000) not null,
    html        varchar(20000) not null,
    created_at  timestamp(6) with time zone not null,
    deleted_at  timestamp(6) with time zone
);
create index ix_news_comment_item on news_comment (news_id, created_at);
