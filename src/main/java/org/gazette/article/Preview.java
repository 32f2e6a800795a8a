package org.gazette.article;

import java.util.List;

import org.gazette.markdown.RenderedMarkdown;

/**
 * An article rendered as readers would see it, before it is saved, with its pre-publish
 * checklist.
 *
 * @param content the article
 * @param rendered its lead and body, rendered by the production pipeline
 * @param checklist the pre-publish checklist
 */
public record Preview(ArticleContent content, RenderedMarkdown rendered, List<PublishChecklist.Check> checklist) {

	/**
	 * Tells whether the article could be published as it is.
	 * @return whether every checklist item passed
	 */
	public boolean ready() {
		return PublishChecklist.allPassed(this.checklist);
	}

}
