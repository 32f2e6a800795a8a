package org.gazette.article;

import java.util.List;

/**
 * An article as a backup keeps it: its text, what the newsroom keeps about it, its every
 * revision and its old slugs. The rendered HTML is not kept: it is rendered again from
 * the text when the article is restored.
 *
 * @param id its id where it was backed up; a restored article gets a new one
 * @param content its text as it stands
 * @param newsroom who made and changed it and when, whether it is deleted, where it was
 * imported from
 * @param revisions its revisions, oldest first
 * @param aliases its old slugs, oldest first
 */
public record ArchivedArticle(Long id, ArticleContent content, NewsroomRecord newsroom, List<Revision> revisions,
		List<ArchivedAlias> aliases) {

	public ArchivedArticle {
		revisions = List.copyOf(revisions);
		aliases = List.copyOf(aliases);
	}

	/**
	 * Tells whether it is deleted: readers are told it is gone, editors may recover it.
	 * @return whether it is deleted
	 */
	public boolean isDeleted() {
		return this.newsroom.deletedAt() != null;
	}

}
