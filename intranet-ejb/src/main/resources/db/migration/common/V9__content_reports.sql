-- Reported posts and comments: the community manager's moderation queue (hide, dismiss,
-- restore what was hidden).

create table content_report (
    id               uuid        not null primary key,
    post_id          uuid        not null references post (id),
    -- A comment on the post, or null when the post itself is reported.
    comment_id       uuid        references post_comment (id),
    -- The post's organisation: whose community managers handle the report.
    organisation_id  uuid        not null references organisation (id),
    reporter_id      uuid        not null references person (id),
    reason           varchar(500),
    status           varchar(16) not null,
    created_at       timestamp(6) with time zone not null,
    decided_by       uuid        references person (id),
    decided_at       timestamp(6) with time zone,
    version          integer     not null default 0
);
create index ix_content_report_queue on content_report (status, organisation_id, created_at);
create index ix_content_report_post on content_report (post_id, comment_id, status);
