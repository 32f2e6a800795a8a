package org.gazette.article;

/**
 * Whether an article is meant for readers. A published article with a publish time in the
 * future is scheduled: readers see it once its time has come, with no job to run.
 */
public enum ArticleStatus {

	DRAFT, PUBLISHED

}
