package org.gazette.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.gazette.article.ArticleContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ContentFileTests {

	@Test
	void readsEveryFrontMatterField() throws Exception {
		ContentFile file = read("""
				---
				title: "SCO Summit: Putin Calls for a Common Line"
				slug: sco-summit
				summary: The lead.
				published: 2021-09-17T07:48:00Z
				updated: 2021-09-17T09:18:00Z
				section: World
				tags: [SCO, Afghanistan, Vladimir Putin]
				author: A. Reporter
				source: Sputnik
				image: images/photo.png
				image_alt: The president on a screen
				image_caption: The caption
				image_credit: © Sputnik / Alexei Druzhinin
				---

				The body.
				""");
		ArticleContent content = file.content();
		assertThat(content.title()).isEqualTo("SCO Summit: Putin Calls for a Common Line");
		assertThat(content.slug()).isEqualTo("sco-summit");
		assertThat(content.summary()).isEqualTo("The lead.");
		assertThat(content.publishedAt()).isEqualTo(Instant.parse("2021-09-17T07:48:00Z"));
		assertThat(content.updatedAt()).isEqualTo(Instant.parse("2021-09-17T09:18:00Z"));
		assertThat(content.section()).isEqualTo("World");
		assertThat(content.tags()).containsExactly("SCO", "Afghanistan", "Vladimir Putin");
		assertThat(content.author()).isEqualTo("A. Reporter");
		assertThat(content.source()).isEqualTo("Sputnik");
		assertThat(content.bodyMarkdown()).isEqualTo("The body.\n");
		assertThat(file.image()).isEqualTo(new ContentFile.ImageReference("images/photo.png",
				"The president on a screen", "The caption", "© Sputnik / Alexei Druzhinin"));
	}

	@Test
	void slugIsDerivedFromTheTitleWhenAbsent() throws Exception {
		assertThat(read("---\ntitle: Putin in Dushanbe, 2021\n---\nBody\n").content().slug())
			.isEqualTo("putin-in-dushanbe-2021");
	}

	@Test
	void titleWithoutAsciiLettersTakesItsSlugFromTheFileName() throws Exception {
		ContentFile file = ContentFile.read("putin-dushanbe.md",
				"---\ntitle: Путин в Душанбе\n---\nBody\n".getBytes(StandardCharsets.UTF_8));
		assertThat(file.content().slug()).isEqualTo("putin-dushanbe");
	}

	@Test
	void valuesStayTextAsWritten() throws Exception {
		ArticleContent content = read("---\ntitle: yes\nsection: 2021\ntags: no, off\n---\n").content();
		assertThat(content.title()).isEqualTo("yes");
		assertThat(content.section()).isEqualTo("2021");
		assertThat(content.tags()).containsExactly("no", "off");
	}

	@Test
	void datesMayBeOffsetTimesOrPlainDates() throws Exception {
		ArticleContent content = read("---\ntitle: T\npublished: 2021-09-17T10:48:00+03:00\nupdated: 2021-09-18\n---\n")
			.content();
		assertThat(content.publishedAt()).isEqualTo(Instant.parse("2021-09-17T07:48:00Z"));
		assertThat(content.updatedAt()).isEqualTo(Instant.parse("2021-09-18T00:00:00Z"));
	}

	@Test
	void missingPublishTimeIsLeftForTheImportToSet() throws Exception {
		assertThat(read("---\ntitle: T\n---\n").content().publishedAt()).isNull();
	}

	@Test
	void byteOrderMarkIsAccepted() throws Exception {
		assertThat(read("\uFEFF---\ntitle: T\n---\nBody\n").content().title()).isEqualTo("T");
	}

	@Test
	void fileWithoutFrontMatterIsRefused() {
		assertRefused("# Just markdown\n", "no front matter");
	}

	@Test
	void unclosedFrontMatterIsRefused() {
		assertRefused("---\ntitle: T\n\nBody\n", "front matter is not closed");
	}

	@Test
	void invalidYamlIsRefusedWithItsLine() {
		assertRefused("---\ntitle: T\ntags: [a, b\n---\n", "front matter is not valid YAML");
	}

	@Test
	void duplicateFieldIsRefused() {
		assertRefused("---\ntitle: A\ntitle: B\n---\n", "front matter is not valid YAML");
	}

	@Test
	void frontMatterThatIsNotFieldsIsRefused() {
		assertRefused("---\n- a\n- b\n---\n", "not a list of 'field: value' lines");
	}

	@Test
	void missingTitleIsRefused() {
		assertRefused("---\nslug: x\n---\nBody\n", "no title");
	}

	@Test
	void blankTitleIsRefused() {
		assertRefused("---\ntitle: \"  \"\n---\nBody\n", "no title");
	}

	@Test
	void badSlugIsRefused() {
		assertRefused("---\ntitle: T\nslug: Not A Slug\n---\n", "slug 'Not A Slug' is not valid");
	}

	@Test
	void badDateIsRefusedNamingTheField() {
		assertRefused("---\ntitle: T\npublished: 17.09.2021\n---\n", "bad date in 'published'");
	}

	@Test
	void updateBeforePublicationIsRefused() {
		assertRefused("---\ntitle: T\npublished: 2021-09-17T07:48:00Z\nupdated: 2021-09-16T07:48:00Z\n---\n",
				"'updated' (2021-09-16T07:48:00Z) is before 'published'");
	}

	@Test
	void overlongTitleIsRefused() {
		assertRefused("---\ntitle: " + "x".repeat(ContentFile.MAX_TITLE + 1) + "\n---\n", "'title' is longer than");
	}

	@Test
	void listWhereOneValueBelongsIsRefused() {
		assertRefused("---\ntitle: [a, b]\n---\n", "'title' must be a single value");
	}

	@Test
	void captionWithoutImageIsRefused() {
		assertRefused("---\ntitle: T\nimage_caption: A caption\n---\n", "given without 'image'");
	}

	@Test
	void textThatIsNotUtf8IsRefused() {
		byte[] latin1 = "---\ntitle: Café\n---\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> ContentFile.read("f.md", latin1))
			.withMessageContaining("not UTF-8");
	}

	private static ContentFile read(String text) throws InvalidContentException {
		return ContentFile.read("file.md", text.getBytes(StandardCharsets.UTF_8));
	}

	private static void assertRefused(String text, String reason) {
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> read(text))
			.withMessageContaining(reason);
	}

}
