-- Indexes that hold every column of a query that reads all articles, so the database
-- answers it from the index without reading a single wide row (title, lead, body and
-- rendered HTML) from the table. At 100,000 articles on H2 each of these queries read the
-- whole table instead: 5 to 9 s apiece, cold.
--
-- The sections in the site header (re-read whenever anything is published): the listing
-- index gains the section's name.
drop index article_listing_idx;
create index article_listing_idx on article (published_at desc, id desc, status, deleted_at, section_slug,
    section_name);

-- What a start-up reads before it serves a page: each content file's path and hash with its
-- article's id (the import skips unchanged files), every slug with its file (duplicate
-- slugs), and the count and the sums of ids and versions (the search index check).
create index article_import_idx on article (source_path, source_hash, slug, version);
