package org.gazette.article;

import java.util.List;

/**
 * A save the service refused because of what the article says: a taken slug, an open item
 * on the pre-publish checklist. Nothing was saved.
 */
public class InvalidArticleException extends RuntimeException {

	private final transient List<Problem> problems;

	public InvalidArticleException(List<Problem> problems) {
		super(String.join(" ", problems.stream().map(Problem::message).toList()));
		this.problems = List.copyOf(problems);
	}

	public InvalidArticleException(String field, String message) {
		this(List.of(new Problem(field, message)));
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

	/**
	 * One thing to fix.
	 *
	 * @param field the form field it belongs beside, or {@code null} for the article as a
	 * whole
	 * @param message what is wrong, in words for the editor
	 */
	public record Problem(String field, String message) {
	}

}
