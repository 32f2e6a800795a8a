package org.gazette.content;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleStatus;
import org.gazette.article.LeadImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An exported file reads back to exactly the article it was written from, even where the
 * import's rules would refuse it as a hand-written file: backups rely on it.
 */
class ContentExportTests {

	private static final Instant PUBLISHED = Instant.parse("2021-09-17T07:48:00Z");

	@Test
	void exportReadsBackToTheSameArticleWithItsLeadImageByName() {
		ArticleContent article = new ArticleContent("Title", "title", "A lead.", "Body.\n", "World", List.of("SCO"),
				"A. Writer", "Sputnik",
				new LeadImage("photo-1a2b3c4d5e6f.png", null, "A caption", "© Someone", 1200, 675), ArticleStatus.DRAFT,
				PUBLISHED, null, "A correction.");
		ArticleContent read = ContentExport.read(bytes(ContentExport.markdownFile(article)));
		assertThat(read).isEqualTo(
				article.withImage(new LeadImage("photo-1a2b3c4d5e6f.png", null, "A caption", "© Someone", null, null)));
	}

	@Test
	void whatTheImportWouldRefuseStillReadsBackAsStored() {
		String longLead = "word ".repeat(300).strip();
		String longTag = "t".repeat(ArticleContent.MAX_NAME + 5);
		ArticleContent article = new ArticleContent("Title", "title", longLead, "Body.\n", null, List.of(longTag), null,
				null, null, ArticleStatus.PUBLISHED, PUBLISHED, PUBLISHED.minusSeconds(60), null);
		String file = ContentExport.markdownFile(article);
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> ContentFile.read("hand-written.md", bytes(file)));
		assertThat(ContentExport.read(bytes(file))).isEqualTo(article);
	}

	@Test
	void notAContentFileIsRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ContentExport.read(bytes("Just text.\n")))
			.withMessageContaining("no front matter");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ContentExport.read(bytes("---\ntitle: T\nimage: images/a.png\n---\n\nBody.\n")))
			.withMessageContaining("not a media URL");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
