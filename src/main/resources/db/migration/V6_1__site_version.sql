-- One number that every save, deletion and publication of an article raises in its own
-- transaction, so that each instance's page cache can tell cheaply whether what readers
-- see has changed anywhere (article.SiteVersion). Written for H2 and PostgreSQL alike.

create table site_version (
    id      integer not null,
    version bigint  not null,
    constraint site_version_pk primary key (id)
);

insert into site_version (id, version) values (1, 0);
