-- The newsroom: who changed an article last, corrections, soft deletion, revisions, old slugs
-- that redirect, and autosaved text kept apart from the article (so it may be incomplete).
-- For H2 and PostgreSQL alike.

alter table article add column correction text;
alter table article add column deleted_at timestamp with time zone;
alter table article add column ever_published boolean default false not null;
alter table article add column created_by varchar(100);
alter table article add column modified_by varchar(100);
alter table article add column revision_number integer default 0 not null;

update article set ever_published = true where status = 'PUBLISHED';

create index article_modified_idx on article (modified_at);

create sequence article_revision_seq start with 1 increment by 50;

create table article_revision (
    id              bigint        not null primary key,
    article_id      bigint        not null,
    number          integer       not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(100)  not null,
    action          varchar(20)   not null,
    changes         varchar(500),
    title           varchar(300)  not null,
    slug            varchar(200)  not null,
    summary         text,
    body_markdown   text          not null,
    section_name    varchar(100),
    tags            text,
    author          varchar(200),
    source          varchar(200),
    image_name      varchar(255),
    image_alt       varchar(500),
    image_caption   varchar(1000),
    image_credit    varchar(300),
    image_width     integer,
    image_height    integer,
    status          varchar(20)   not null,
    published_at    timestamp with time zone,
    updated_at      timestamp with time zone,
    correction      text,
    constraint article_revision_number_unique unique (article_id, number),
    constraint article_revision_article_fk foreign key (article_id) references article (id) on delete cascade
);

create sequence article_alias_seq start with 1 increment by 50;

create table article_alias (
    id          bigint        not null primary key,
    slug        varchar(200)  not null,
    article_id  bigint        not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100)  not null,
    constraint article_alias_slug_unique unique (slug),
    constraint article_alias_article_fk foreign key (article_id) references article (id) on delete cascade
);

create index article_alias_article_idx on article_alias (article_id);

create sequence article_autosave_seq start with 1 increment by 50;

create table article_autosave (
    id              bigint        not null primary key,
    article_id      bigint        not null,
    username        varchar(100)  not null,
    saved_at        timestamp with time zone not null,
    base_version    bigint        not null,
    title           varchar(300),
    slug            varchar(200),
    summary         text,
    body_markdown   text,
    section_name    varchar(100),
    tags            text,
    author          varchar(200),
    source          varchar(200),
    image_name      varchar(255),
    image_alt       varchar(500),
    image_caption   varchar(1000),
    image_credit    varchar(300),
    image_width     integer,
    image_height    integer,
    status          varchar(20)   not null,
    published_at    timestamp with time zone,
    updated_at      timestamp with time zone,
    correction      text,
    constraint article_autosave_owner_unique unique (article_id, username),
    constraint article_autosave_article_fk foreign key (article_id) references article (id) on delete cascade
);
