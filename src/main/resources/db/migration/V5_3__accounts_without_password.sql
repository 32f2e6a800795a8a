-- An account restored from a backup without its password hash has none (null) until an
-- admin resets it: it cannot sign in. Written for H2 and PostgreSQL alike.

alter table editor_account alter column password_hash drop not null;
