package org.gazette.content;

import java.time.Instant;
import java.util.List;

import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleStatus;
import org.gazette.article.LeadImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentFileWriterTests {

	private static final Instant PUBLISHED = Instant.parse("2021-09-17T07:48:00Z");

	@Test
	void seedLikeArticleReadsBackTheSame() throws InvalidContentException {
		ArticleContent article = new ArticleContent(
				"SCO Summit: Putin Calls for Common Line on Afghanistan in Wake of US 'Flight'", "sco-summit",
				"The US troop withdrawal came amid the Taliban[^*] increasing its activities.",
				"Speaking at a summit, Putin said \"flight\".\n\n[^*]: The Taliban is a terrorist group.\n", "World",
				List.of("SCO", "Vladimir Putin"), null, "Sputnik", new LeadImage("photo-1a2b3c.png", "What it shows",
						"Putin attends", "© Sputnik / Alexei Druzhinin", null, null),
				ArticleStatus.PUBLISHED, PUBLISHED, PUBLISHED.plusSeconds(5400), null);
		assertThat(readBack(article)).isEqualTo(withImagePath(article));
	}

	@ParameterizedTest
	@ValueSource(strings = { "He said: \"no\"", "Colon: at the start", "# not a comment", "- not a list item", "yes",
			"No", "null", "~", "123", "1.5", "2021-09-17", "'single quotes'", "back\\slash", "Путин: «итоги» саммита",
			"Emoji 🗞️ and ß", "trailing colon:", "a #hash inside", "@at", "`backtick`", "{braces}", "[brackets]",
			"*star", "&anchor", "!tag", "%percent", "|pipe", ">folded", "?question", "comma, inside", "tab\tinside",
			"x" })
	void awkwardValuesReadBackExactly(String value) throws InvalidContentException {
		ArticleContent article = new ArticleContent(value, "awkward", value, "Body.\n", value, List.of(value, "Two"),
				value, value, null, ArticleStatus.PUBLISHED, PUBLISHED, null, value);
		assertThat(readBack(article)).isEqualTo(article);
	}

	@Test
	void multiLineValuesReadBackExactly() throws InvalidContentException {
		ArticleContent article = new ArticleContent("Title", "multi", "First line\nsecond line", "Body.\n", null,
				List.of(), null, null, null, ArticleStatus.PUBLISHED, PUBLISHED, null,
				"An earlier version said:\n- the wrong date\n# and more");
		String file = ContentFileWriter.write(article);
		assertThat(file).contains("summary: \"First line\\nsecond line\"");
		assertThat(readBack(article)).isEqualTo(article);
	}

	@Test
	void draftStaysADraftAndBodyKeepsItsMarkdown() throws InvalidContentException {
		String body = "---\n\nA thematic break above, and a line with trailing spaces  \nhere.\n\n    code\n";
		ArticleContent draft = new ArticleContent("Draft", "draft", null, body, null, List.of(), null, null, null,
				ArticleStatus.DRAFT, null, null, null);
		String file = ContentFileWriter.write(draft);
		assertThat(file).contains("status: draft");
		assertThat(readBack(draft)).isEqualTo(draft);
	}

	@Test
	void plainWordsStayPlain() {
		ArticleContent article = new ArticleContent("Plain headline", "plain", null, "Body.\n", "World",
				List.of("SCO", "Vladimir Putin"), null, null, null, ArticleStatus.PUBLISHED, PUBLISHED, null);
		assertThat(ContentFileWriter.write(article)).isEqualTo("""
				---
				title: Plain headline
				slug: plain
				published: 2021-09-17T07:48:00Z
				section: World
				tags: [SCO, Vladimir Putin]
				---

				Body.
				""");
	}

	private static ArticleContent readBack(ArticleContent article) throws InvalidContentException {
		ContentFile file = ContentFile.read("export.md",
				ContentFileWriter.write(article).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		ContentFile.ImageReference image = file.image();
		if (image == null) {
			return file.content();
		}
		return file.content()
			.withImage(new LeadImage(image.path(), image.alt(), image.caption(), image.credit(), null, null));
	}

	private static ArticleContent withImagePath(ArticleContent article) {
		LeadImage image = article.image();
		return article.withImage(new LeadImage(image.url(), image.alt(), image.caption(), image.credit(), null, null));
	}

}
