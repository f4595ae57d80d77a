-- A token can act for one person ("personal token"): the API then knows the caller's own profile.
alter table api_token add column account_id uuid references account (id);
