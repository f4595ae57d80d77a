-- Attachments on posts (documents: PDF, Office, OpenDocument, text), the likers of a post or
-- comment most recently first, and the community manager's list of deleted posts.

create table post_attachment (
    id          uuid          not null primary key,
    post_id     uuid          not null references post (id),
    position    integer       not null,
    file_name   varchar(255)  not null,
    -- A DocumentType name: the content was recognised as this on upload.
    type        varchar(16)   not null,
    size_bytes  bigint        not null,
    content     bytea         not null,
    created_at  timestamp(6) with time zone not null
);
create index ix_post_attachment_post on post_attachment (post_id, position);

create index ix_post_like_recent on post_like (post_id, created_at);
create index ix_comment_like_recent on comment_like (comment_id, created_at);

create index ix_post_deleted on post (deleted_at);
