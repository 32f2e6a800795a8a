package org.gazette.article;

import java.util.List;
import java.util.Set;

import org.gazette.article.PublishChecklist.Check;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishChecklistTests {

	private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

	private static final Set<String> EXISTING = Set.of("sco-summit", "old-name");

	@Test
	void completeArticlePassesEveryItem() {
		List<Check> checks = check("Headline", "The lead.", "World", new LeadImage("p.png", "Alt", "Cap", "© AP", 1, 1),
				"See [the summit](/articles/sco-summit#reactions) and [before](/articles/old-name).\n\n"
						+ "![A crowd](/media/crowd.png \"Crowd\"){credit=\"© Reuters\"}\n");
		assertThat(checks).allMatch(Check::passed);
		assertThat(PublishChecklist.allPassed(checks)).isTrue();
	}

	@Test
	void missingHeadlineLeadAndSectionAreOpenItems() {
		List<Check> checks = check(" ", null, "", null, "Body.");
		assertThat(open(checks)).containsExactly("Headline", "Lead", "Section");
	}

	@Test
	void leadPhotoNeedsAltTextAndCredit() {
		List<Check> checks = check("H", "L", "S", new LeadImage("p.png", null, "Caption", " ", 1, 1), "Body.");
		assertThat(open(checks)).containsExactly("Alt text for every image", "Credit for every image");
		assertThat(problems(checks)).contains("The lead photo needs alt text.", "The lead photo needs a credit.");
	}

	@Test
	void imagesInTheTextNeedAltTextAndACreditToo() {
		List<Check> checks = check("H", "L", "S", null,
				"![](/media/no-alt.png \"Caption\"){credit=\"© AP\"}\n\nInline ![Chart](/media/chart.png) here.\n");
		assertThat(problems(checks)).anyMatch((problem) -> problem.contains("'no-alt.png'") && problem.contains("alt"))
			.anyMatch((problem) -> problem.contains("'chart.png'") && problem.contains("credit"))
			.noneMatch((problem) -> problem.contains("'no-alt.png'") && problem.contains("credit"));
	}

	@Test
	void linkToAnArticleThatDoesNotExistIsBroken() {
		List<Check> checks = check("H", "L", "S", null,
				"[Gone](/articles/no-such-story), [external](https://example.com/articles/x), [fine](/articles/sco-summit).");
		assertThat(open(checks)).containsExactly("No broken links to articles");
		assertThat(problems(checks)).containsExactly("The link to /articles/no-such-story leads to no article.");
	}

	private static List<Check> check(String title, String summary, String section, LeadImage image, String body) {
		ArticleContent content = new ArticleContent(title, "a-story", summary, body, section, List.of(), null, null,
				image, ArticleStatus.PUBLISHED, null, null);
		return PublishChecklist.check(content, MARKDOWN.render(summary, body, ImageResolver.AS_WRITTEN),
				EXISTING::contains);
	}

	private static List<String> open(List<Check> checks) {
		return checks.stream().filter((check) -> !check.passed()).map(Check::label).toList();
	}

	private static List<String> problems(List<Check> checks) {
		return checks.stream().flatMap((check) -> check.problems().stream()).toList();
	}

}
