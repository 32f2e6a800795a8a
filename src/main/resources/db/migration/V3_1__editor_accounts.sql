-- Editor accounts and failed sign-ins (for throttling). Written for H2 and PostgreSQL alike.

create sequence editor_account_seq start with 1 increment by 50;

create table editor_account (
    id                  bigint       not null primary key,
    version             bigint       not null,
    username            varchar(100) not null,
    password_hash       varchar(200) not null,
    role                varchar(20)  not null,
    enabled             boolean      not null,
    created_at          timestamp with time zone not null,
    password_changed_at timestamp with time zone not null,
    constraint editor_account_username_unique unique (username)
);

create sequence login_failure_seq start with 1 increment by 50;

create table login_failure (
    id             bigint       not null primary key,
    username       varchar(100) not null,
    remote_address varchar(100) not null,
    failed_at      timestamp with time zone not null
);

create index login_failure_username_idx on login_failure (username, failed_at);
create index login_failure_address_idx on login_failure (remote_address, failed_at);
