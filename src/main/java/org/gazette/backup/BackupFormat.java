package org.gazette.backup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gazette.article.ArchivedAlias;
import org.gazette.article.ArchivedArticle;
import org.gazette.article.NewsroomRecord;
import org.gazette.article.RevisionSummary;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layout of a backup archive, format version {@value #VERSION}: a zip file of
 * <ul>
 * <li>{@code accounts.json}: the accounts ({@link org.gazette.account.ArchivedAccount}),
 * oldest first, without password hashes unless asked for;</li>
 * <li>{@code images/{name}}: every original image as stored, and
 * {@code images/{name}.json} its description ({@link org.gazette.media.ArchivedImage});
 * resized copies are made again on restore;</li>
 * <li>{@code articles/{slug}.md}: every article, deleted ones too, as a content file
 * ({@link org.gazette.content.ContentExport}); {@code articles/{slug}.json} what the
 * newsroom keeps about it ({@link ArticleRecord}); and
 * {@code articles/{slug}/revisions/{number}.md} the text of each revision;</li>
 * <li>{@code manifest.json}, written last: the format, when and by which version the
 * backup was made, counts, and the size and SHA-256 of every other file
 * ({@link Manifest}).</li>
 * </ul>
 * Images come before the articles that show them, articles in the order they were made.
 * The JSON documents are these records as Jackson writes them: changing one changes the
 * format, and calls for a new {@link #VERSION}.
 */
final class BackupFormat {

	static final String FORMAT = "gazette-backup";

	static final int VERSION = 1;

	static final String MANIFEST = "manifest.json";

	static final String ACCOUNTS = "accounts.json";

	private static final Pattern IMAGE_RECORD = Pattern.compile("images/([^/]+)\\.json");

	private static final Pattern ARTICLE_RECORD = Pattern.compile("articles/([^/]+)\\.json");

	/** Dates as ISO-8601 text, absent values left out, indented for people who look. */
	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private BackupFormat() {
	}

	static String image(String name) {
		return "images/" + name;
	}

	static String imageRecord(String name) {
		return image(name) + ".json";
	}

	static String article(String slug) {
		return "articles/" + slug + ".md";
	}

	static String articleRecord(String slug) {
		return "articles/" + slug + ".json";
	}

	static String revision(String slug, int number) {
		return "articles/" + slug + "/revisions/" + number + ".md";
	}

	/**
	 * The image an entry describes, if it is an image's description.
	 * @return the image's name, or {@code null}
	 */
	static String imageNameOf(String path) {
		var matcher = IMAGE_RECORD.matcher(path);
		return matcher.matches() ? matcher.group(1) : null;
	}

	/**
	 * The article an entry describes, if it is an article's record.
	 * @return the article's slug, or {@code null}
	 */
	static String articleSlugOf(String path) {
		var matcher = ARTICLE_RECORD.matcher(path);
		return matcher.matches() ? matcher.group(1) : null;
	}

	static String sha256(byte[] data) {
		return HexFormat.of().formatHex(sha256().digest(data));
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * What a backup holds and how to check it.
	 *
	 * @param format always {@value BackupFormat#FORMAT}
	 * @param formatVersion the layout's version, {@value BackupFormat#VERSION}
	 * @param createdAt when the backup was made
	 * @param applicationVersion the version of Gazette that made it
	 * @param passwordHashes whether the accounts carry their password hashes
	 * @param counts what it holds
	 * @param entries every other file in the archive, in the order written
	 */
	record Manifest(String format, int formatVersion, Instant createdAt, String applicationVersion,
			boolean passwordHashes, Counts counts, List<Entry> entries) {
	}

	/**
	 * How much a backup holds.
	 *
	 * @param articles articles, deleted ones included
	 * @param deletedArticles deleted articles
	 * @param revisions revisions of all articles
	 * @param redirects old slugs that redirect to renamed articles
	 * @param images original images
	 * @param accounts editor accounts
	 */
	record Counts(long articles, long deletedArticles, long revisions, long redirects, long images, long accounts) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

		Counts withAccounts(long accounts) {
			return new Counts(this.articles, this.deletedArticles, this.revisions, this.redirects, this.images,
					this.accounts + accounts);
		}

		Counts withImages(long images) {
			return new Counts(this.articles, this.deletedArticles, this.revisions, this.redirects, this.images + images,
					this.accounts);
		}

		Counts with(ArchivedArticle article) {
			return new Counts(this.articles + 1, this.deletedArticles + (article.isDeleted() ? 1 : 0),
					this.revisions + article.revisions().size(), this.redirects + article.aliases().size(), this.images,
					this.accounts);
		}

		@Override
		public String toString() {
			return this.articles + " articles (" + this.deletedArticles + " deleted), " + this.revisions
					+ " revisions, " + this.redirects + " redirects, " + this.images + " images, " + this.accounts
					+ " accounts";
		}

	}

	/**
	 * A file in the archive.
	 *
	 * @param path its name in the zip
	 * @param size its size in bytes
	 * @param sha256 the SHA-256 of its bytes, in hex
	 */
	record Entry(String path, long size, String sha256) {
	}

	/**
	 * What the newsroom keeps about an article besides its text:
	 * {@code articles/{slug}.json}.
	 *
	 * @param id its id where it was backed up
	 * @param newsroom who made and changed it and when, whether it is deleted, where it
	 * was imported from
	 * @param revisions its revisions, oldest first, whose texts are beside it
	 * @param aliases its old slugs, which redirect to it
	 */
	record ArticleRecord(long id, NewsroomRecord newsroom, List<RevisionSummary> revisions,
			List<ArchivedAlias> aliases) {
	}

}
