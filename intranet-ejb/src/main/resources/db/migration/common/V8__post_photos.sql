-- Photos in a post (up to four), each in three sizes re-encoded as JPEG (so without EXIF data).

create table post_photo (
    id          uuid        not null primary key,
    post_id     uuid        not null references post (id),
    position    integer     not null,
    small       bytea       not null,
    medium      bytea       not null,
    large       bytea       not null,
    updated_at  timestamp(6) with time zone not null,
    version     integer     not null default 0
);
create index ix_post_photo_post on post_photo (post_id, position);
