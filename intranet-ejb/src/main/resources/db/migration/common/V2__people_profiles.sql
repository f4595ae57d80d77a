-- People: the full profile, photos, expertise tags, following.

alter table person add column mobile_phone varchar(40);
alter table person add column working_days varchar(40);
alter table person add column experience varchar(2000);
alter table person add column interests varchar(1000);
alter table person add column languages varchar(200);
alter table person add column bio varchar(2000);
-- Who may see the personal fields: COLLEAGUES (everyone who sees the person), ORGANISATION, NOBODY.
alter table person add column mobile_visibility varchar(16) not null default 'ORGANISATION';
alter table person add column working_days_visibility varchar(16) not null default 'COLLEAGUES';
alter table person add column interests_visibility varchar(16) not null default 'COLLEAGUES';
alter table person add column has_photo boolean not null default false;

create table person_photo (
    person_id    uuid         not null primary key references person (id),
    small        bytea        not null,
    medium       bytea        not null,
    large        bytea        not null,
    updated_at   timestamp(6) with time zone not null,
    version      integer      not null default 0
);

create table expertise_tag (
    id        uuid         not null primary key,
    name      varchar(60)  not null,
    tag_key   varchar(60)  not null,
    constraint uk_expertise_tag_key unique (tag_key)
);

create table person_expertise (
    person_id uuid not null references person (id),
    tag_id    uuid not null references expertise_tag (id),
    primary key (person_id, tag_id)
);
create index ix_person_expertise_tag on person_expertise (tag_id);

create table person_follow (
    follower_id uuid not null references person (id),
    followed_id uuid not null references person (id),
    created_at  timestamp(6) with time zone not null,
    primary key (follower_id, followed_id)
);
create index ix_person_follow_followed on person_follow (followed_id);
