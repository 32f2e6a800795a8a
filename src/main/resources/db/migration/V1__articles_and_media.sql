-- Articles, their tags, and the images they show. Written for H2 and PostgreSQL alike.

create sequence article_seq start with 1 increment by 50;

create table article (
    id                  bigint        not null primary key,
    version             bigint        not null,
    slug                varchar(200)  not null,
    title               varchar(300)  not null,
    summary             text,
    summary_html        text,
    summary_text        text,
    body_markdown       text          not null,
    body_html           text          not null,
    word_count          integer       not null,
    section_name        varchar(100),
    section_slug        varchar(120),
    author              varchar(200),
    source              varchar(200),
    image_name          varchar(255),
    image_alt           varchar(500),
    image_caption       varchar(1000),
    image_credit        varchar(300),
    image_width         integer,
    image_height        integer,
    status              varchar(20)   not null,
    published_at        timestamp with time zone,
    updated_at          timestamp with time zone,
    created_at          timestamp with time zone not null,
    modified_at         timestamp with time zone not null,
    source_path         varchar(500),
    source_hash         varchar(64),
    edited_since_import boolean       not null,
    constraint article_slug_unique unique (slug),
    constraint article_source_path_unique unique (source_path)
);

create index article_visible_idx on article (status, published_at);
create index article_section_idx on article (section_slug, status, published_at);

create table article_tag (
    article_id bigint       not null,
    position   integer      not null,
    name       varchar(100) not null,
    slug       varchar(120) not null,
    constraint article_tag_pk primary key (article_id, position),
    constraint article_tag_article_fk foreign key (article_id) references article (id) on delete cascade
);

create index article_tag_slug_idx on article_tag (slug, article_id);

create sequence media_seq start with 1 increment by 50;

create table media (
    id           bigint        not null primary key,
    name         varchar(255)  not null,
    content_type varchar(100)  not null,
    width        integer       not null,
    height       integer       not null,
    byte_size    bigint        not null,
    sha256       varchar(64)   not null,
    data         bytea         not null,
    alt          varchar(500),
    caption      varchar(1000),
    credit       varchar(300),
    created_at   timestamp with time zone not null,
    constraint media_name_unique unique (name)
);
