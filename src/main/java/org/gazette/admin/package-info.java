/**
 * The newsroom: the editors' list of articles, the article form with its live preview,
 * autosave and pre-publish checklist, history and revisions, redirects of renamed
 * articles, unpublishing, deletion and export. Controllers and form objects only: every
 * write goes through {@link org.gazette.article.ArticleService}.
 */
package org.gazette.admin;
