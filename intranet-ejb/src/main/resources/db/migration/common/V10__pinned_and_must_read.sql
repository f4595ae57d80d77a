-- Pinned posts in groups, and must-read posts with read acknowledgements.

alter table post add column pinned_at timestamp(6) with time zone;
alter table post add column must_read boolean not null default false;
create index ix_post_pinned on post (group_id, pinned_at);

create table post_read (
    post_id    uuid not null references post (id),
    person_id  uuid not null references person (id),
    read_at    timestamp(6) with time zone not null,
    primary key (post_id, person_id)
);
