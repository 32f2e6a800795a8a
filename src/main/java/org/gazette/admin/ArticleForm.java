package org.gazette.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleStatus;
import org.gazette.article.LeadImage;
import org.gazette.article.Slugs;

/**
 * The article form as the editor fills it in: text fields as typed, so that it comes back
 * unchanged when something has to be fixed. Times are GMT, as datelines print them.
 */
class ArticleForm {

	static final int MAX_BODY = 500_000;

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(ZoneOffset.UTC);

	private Long version;

	@NotBlank(message = "Write a headline.")
	@Size(max = ArticleContent.MAX_TITLE, message = "A headline is at most {max} characters.")
	private String title;

	@Size(max = Slugs.MAX_LENGTH, message = "A slug is at most {max} characters.")
	private String slug;

	@Size(max = ArticleContent.MAX_SUMMARY, message = "A lead is at most {max} characters.")
	private String summary;

	@Size(max = MAX_BODY, message = "The text is at most {max} characters.")
	private String body;

	@Size(max = ArticleContent.MAX_NAME, message = "A section name is at most {max} characters.")
	private String section;

	@Size(max = 2_000, message = "Tags take at most {max} characters in all.")
	private String tags;

	@Size(max = ArticleContent.MAX_BYLINE, message = "A byline is at most {max} characters.")
	private String author;

	@Size(max = ArticleContent.MAX_BYLINE, message = "A source is at most {max} characters.")
	private String source;

	@Size(max = 255, message = "A photo name is at most {max} characters.")
	private String imageName;

	@Size(max = ArticleContent.MAX_ALT, message = "Alt text is at most {max} characters.")
	private String imageAlt;

	@Size(max = ArticleContent.MAX_CAPTION, message = "A caption is at most {max} characters.")
	private String imageCaption;

	@Size(max = ArticleContent.MAX_CREDIT, message = "A credit is at most {max} characters.")
	private String imageCredit;

	private ArticleStatus status = ArticleStatus.DRAFT;

	@Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?",
			message = "Give the time as year-month-day and hours:minutes, e.g. 2026-12-01T09:30.")
	private String publishAt;

	private boolean substantiveUpdate;

	@Size(max = ArticleContent.MAX_CORRECTION, message = "A correction note is at most {max} characters.")
	private String correction;

	/**
	 * The form filled in with an article's content.
	 */
	static ArticleForm of(ArticleContent content, long version) {
		ArticleForm form = new ArticleForm();
		form.version = version;
		form.title = content.title();
		form.slug = content.slug();
		form.summary = content.summary();
		form.body = content.bodyMarkdown();
		form.section = content.section();
		form.tags = String.join(", ", content.tags());
		form.author = content.author();
		form.source = content.source();
		LeadImage image = content.image();
		if (image != null) {
			form.imageName = image.name();
			form.imageAlt = image.alt();
			form.imageCaption = image.caption();
			form.imageCredit = image.credit();
		}
		form.status = (content.status() != null) ? content.status() : ArticleStatus.DRAFT;
		form.publishAt = (content.publishedAt() != null) ? formatTime(content.publishedAt()) : null;
		form.correction = content.correction();
		return form;
	}

	static String formatTime(Instant instant) {
		return MINUTES.format(instant);
	}

	/**
	 * The publish time typed, read as GMT.
	 * @return the instant, or {@code null} when none or unreadable
	 */
	Instant publishInstant() {
		if (this.publishAt == null || this.publishAt.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(this.publishAt.strip())
				.toInstant(ZoneOffset.UTC)
				.truncatedTo(ChronoUnit.SECONDS);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getSection() {
		return this.section;
	}

	public void setSection(String section) {
		this.section = section;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getImageName() {
		return this.imageName;
	}

	public void setImageName(String imageName) {
		this.imageName = imageName;
	}

	public String getImageAlt() {
		return this.imageAlt;
	}

	public void setImageAlt(String imageAlt) {
		this.imageAlt = imageAlt;
	}

	public String getImageCaption() {
		return this.imageCaption;
	}

	public void setImageCaption(String imageCaption) {
		this.imageCaption = imageCaption;
	}

	public String getImageCredit() {
		return this.imageCredit;
	}

	public void setImageCredit(String imageCredit) {
		this.imageCredit = imageCredit;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public void setStatus(ArticleStatus status) {
		this.status = status;
	}

	public String getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(String publishAt) {
		this.publishAt = publishAt;
	}

	public boolean isSubstantiveUpdate() {
		return this.substantiveUpdate;
	}

	public void setSubstantiveUpdate(boolean substantiveUpdate) {
		this.substantiveUpdate = substantiveUpdate;
	}

	public String getCorrection() {
		return this.correction;
	}

	public void setCorrection(String correction) {
		this.correction = correction;
	}

}
