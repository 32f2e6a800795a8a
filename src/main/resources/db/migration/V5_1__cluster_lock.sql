-- Named locks that instances sharing one database take with "select ... for update",
-- so that a job runs on one instance at a time. Written for H2 and PostgreSQL alike.

create table cluster_lock (
    name varchar(64) not null,
    constraint cluster_lock_pk primary key (name)
);

-- The start-up import of content/ (content.ContentImportLock).
insert into cluster_lock (name) values ('content-import');
