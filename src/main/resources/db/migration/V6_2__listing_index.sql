-- Readers' listings (the front page, the site feed) show the newest visible articles a page
-- at a time. With the publication time first, the database walks this index in that order
-- and stops after the page; with status and deletion in it, counting the visible articles
-- for the page numbers never reads a row. It replaces article_visible_idx, which H2 chose
-- for these queries and then sorted every visible article by: 6 s a page at 100,000.
-- Written for H2 and PostgreSQL alike.

drop index article_visible_idx;
create index article_listing_idx on article (published_at desc, id desc, status, deleted_at);
