package org.gazette.admin;

import java.util.List;

import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDiffTests {

	@Test
	void onlyFieldsThatDifferAreShown() {
		ArticleContent theirs = content("Headline", "First paragraph.\n", List.of("SCO"));
		ArticleContent yours = content("Headline", "First paragraph, edited.\n", List.of("SCO", "Russia"));
		assertThat(ArticleDiff.between(theirs, yours)).extracting(ArticleDiff.Field::label)
			.containsExactly("Text", "Tags");
	}

	@Test
	void trailingSpaceIsNoDifference() {
		assertThat(ArticleDiff.between(content("A", "Body\n", List.of()), content("A ", "Body", List.of()))).isEmpty();
	}

	private static ArticleContent content(String title, String body, List<String> tags) {
		return new ArticleContent(title, "a", "Lead", body, "World", tags, null, null, null, ArticleStatus.DRAFT, null,
				null);
	}

}
