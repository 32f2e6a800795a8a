package org.gazette.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleStatus;
import org.gazette.article.Slugs;

/**
 * A content file read and validated: the article it describes and the image it names.
 *
 * @param content the article, without its lead image
 * @param image the lead image as the file names it, or {@code null}
 */
record ContentFile(ArticleContent content, ImageReference image) {

	static final int MAX_TITLE = ArticleContent.MAX_TITLE;

	static final int MAX_SUMMARY = ArticleContent.MAX_SUMMARY;

	static final int MAX_NAME = ArticleContent.MAX_NAME;

	static final int MAX_BYLINE = ArticleContent.MAX_BYLINE;

	/**
	 * The lead image a file names, with what is printed beside it.
	 *
	 * @param path the path relative to the file, as written
	 * @param alt the text alternative
	 * @param caption the caption
	 * @param credit the credit line
	 */
	record ImageReference(String path, String alt, String caption, String credit) {
	}

	/**
	 * Reads a content file.
	 * @param fileName the file's name, for a slug when the title gives none
	 * @param bytes the file's bytes
	 * @return the validated file
	 * @throws InvalidContentException with the reason the file cannot be imported
	 */
	static ContentFile read(String fileName, byte[] bytes) throws InvalidContentException {
		return read(fileName, bytes, true);
	}

	/**
	 * Reads a file {@link ContentFileWriter} wrote, back to exactly what it was written
	 * from: the import's rules (lengths, an update before the publish time, no control
	 * characters) are for files people write, and what was stored stays as it was.
	 * @param bytes the file's bytes
	 * @return the file
	 * @throws InvalidContentException when it is not a content file
	 */
	static ContentFile readWritten(byte[] bytes) throws InvalidContentException {
		return read("", bytes, false);
	}

	private static ContentFile read(String fileName, byte[] bytes, boolean checked) throws InvalidContentException {
		FrontMatter file = FrontMatter.parse(checked ? text(bytes) : decodeUtf8(bytes));
		Limits limits = new Limits(file, checked);
		String title = limits.text("title", MAX_TITLE);
		if (title == null) {
			throw new InvalidContentException("no title: the front matter needs 'title: ...'");
		}
		String slug = file.text("slug");
		if (slug == null) {
			slug = Slugs.ofTitle(title);
			if (slug.isEmpty()) {
				slug = Slugs.ofTitle(fileName.replaceFirst("\\.md$", ""));
			}
		}
		else if (!Slugs.isValid(slug)) {
			throw new InvalidContentException(
					"slug '" + slug + "' is not valid: use lower-case letters a-z and digits joined by single hyphens");
		}
		if (slug.isEmpty()) {
			throw new InvalidContentException("no slug could be made from the title: add 'slug: ...'");
		}
		Instant published = instant(file, "published");
		Instant updated = instant(file, "updated");
		if (checked && published != null && updated != null && updated.isBefore(published)) {
			throw new InvalidContentException("'updated' (" + updated + ") is before 'published' (" + published + ")");
		}
		List<String> tags = file.list("tags");
		for (String tag : tags) {
			if (checked && tag.length() > MAX_NAME) {
				throw new InvalidContentException(
						"tag '" + tag.substring(0, 20) + "...' is longer than " + MAX_NAME + " characters");
			}
		}
		ImageReference image = null;
		String imagePath = file.text("image");
		if (imagePath != null) {
			image = new ImageReference(imagePath, limits.text("image_alt", ArticleContent.MAX_ALT),
					limits.text("image_caption", ArticleContent.MAX_CAPTION),
					limits.text("image_credit", ArticleContent.MAX_CREDIT));
		}
		else if (file.text("image_caption") != null || file.text("image_credit") != null) {
			throw new InvalidContentException("'image_caption' or 'image_credit' given without 'image'");
		}
		ArticleContent content = new ArticleContent(title, slug, limits.text("summary", MAX_SUMMARY), file.body(),
				limits.text("section", MAX_NAME), tags, limits.text("author", MAX_BYLINE),
				limits.text("source", MAX_BYLINE), null, status(file), published, updated,
				limits.text("correction", ArticleContent.MAX_CORRECTION));
		return new ContentFile(content, image);
	}

	private static ArticleStatus status(FrontMatter file) throws InvalidContentException {
		String status = file.text("status");
		if (status == null || status.equals("published")) {
			return ArticleStatus.PUBLISHED;
		}
		if (status.equals("draft")) {
			return ArticleStatus.DRAFT;
		}
		throw new InvalidContentException("'status' is '" + status + "': use 'published' or 'draft'");
	}

	/**
	 * The file's text. A NUL byte means a binary file (an image or a document saved with
	 * the wrong name); other control characters would make feeds invalid XML, and no
	 * editor types them.
	 */
	private static String text(byte[] bytes) throws InvalidContentException {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			throw new InvalidContentException("not UTF-8: the file is UTF-16; save it as UTF-8 text");
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new InvalidContentException("binary, not text: it holds NUL bytes (is it an image or a"
						+ " document saved under a .md name?)");
			}
		}
		String text = decodeUtf8(bytes);
		for (int i = 0, line = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (c < 0x20 && c != '\t' && c != '\r') {
				throw new InvalidContentException(String
					.format("control character U+%04X on line %d: content files are plain text", (int) c, line));
			}
		}
		return text;
	}

	private static String decodeUtf8(byte[] bytes) throws InvalidContentException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidContentException("not UTF-8: the file must be saved as UTF-8 text");
		}
	}

	/** Reads text fields, refusing overlong ones when the import's rules apply. */
	private record Limits(FrontMatter file, boolean checked) {

		String text(String field, int maxLength) throws InvalidContentException {
			String text = this.file.text(field);
			if (this.checked && text != null && text.length() > maxLength) {
				throw new InvalidContentException("'" + field + "' is longer than " + maxLength + " characters");
			}
			return text;
		}

	}

	private static Instant instant(FrontMatter file, String field) throws InvalidContentException {
		String text = file.text(field);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notDateTime) {
			try {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notDate) {
				throw new InvalidContentException("bad date in '" + field + "': '" + text
						+ "' is not an ISO-8601 instant such as 2021-09-17T07:48:00Z");
			}
		}
	}

}
