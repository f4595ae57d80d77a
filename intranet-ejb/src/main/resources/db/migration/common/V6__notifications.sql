-- The notification centre: one row per recipient and event, or per recipient, kind and subject for
-- grouped kinds while unread ("Anne and 4 others"). Ids only; names are looked up when shown.

create table notification (
    id            uuid        not null primary key,
    recipient_id  uuid        not null references person (id),
    kind          varchar(40) not null,
    subject_id    uuid        not null,
    actor_id      uuid        references person (id),
    actor_count   integer     not null default 0,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    read_at       timestamp(6) with time zone
);
-- The list (newest first) and the unread badge on every page.
create index ix_notification_recipient on notification (recipient_id, updated_at);
create index ix_notification_unread on notification (recipient_id, read_at);
-- Grouping looks up the unread notification of one kind about one subject.
create index ix_notification_subject on notification (subject_id, kind);
