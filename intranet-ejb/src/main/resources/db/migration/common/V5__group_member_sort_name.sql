-- Member lists are sorted by surname: keep the member's sort name beside the membership, so the
-- first page of a group with 15,000 members comes from one index range instead of a join and sort.
alter table group_member add column sort_name varchar(200);
update group_member set sort_name = (select p.sort_name from person p where p.id = group_member.person_id);
alter table group_member alter column sort_name set not null;
create index ix_group_member_sorted on group_member (group_id, role, sort_name);
