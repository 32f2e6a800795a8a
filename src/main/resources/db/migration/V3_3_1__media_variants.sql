-- Resized copies of photos live in media too, linked to their original, so that one query
-- and one route serve both. Written for H2 and PostgreSQL alike.

alter table media add column original_id bigint;
alter table media add column variants_version integer default 0 not null;
alter table media add constraint media_original_fk foreign key (original_id) references media (id) on delete cascade;

create index media_original_idx on media (original_id, width);
create index media_sha256_idx on media (sha256);
create index media_created_idx on media (created_at);
