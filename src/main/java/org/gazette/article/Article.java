package org.gazette.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gazette.markdown.RenderedMarkdown;

/**
 * A news article: its markdown source and the sanitised HTML rendered from it on write.
 * Readers see it when it is {@link ArticleStatus#PUBLISHED published} and its publish
 * time has come.
 */
@Entity
@Table(name = "article")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
	@SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
	private Long id;

	@Version
	private long version;

	private String slug;

	private String title;

	@Column(columnDefinition = "text")
	private String summary;

	@Column(columnDefinition = "text")
	private String summaryHtml;

	@Column(columnDefinition = "text")
	private String summaryText;

	@Column(columnDefinition = "text")
	private String bodyMarkdown;

	@Column(columnDefinition = "text")
	private String bodyHtml;

	private int wordCount;

	private String sectionName;

	private String sectionSlug;

	@ElementCollection
	@CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<Tag> tags = new ArrayList<>();

	private String author;

	private String source;

	@Embedded
	private LeadImage image;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status;

	private Instant publishedAt;

	private Instant updatedAt;

	private Instant createdAt;

	private Instant modifiedAt;

	private String sourcePath;

	private String sourceHash;

	private boolean editedSinceImport;

	@Column(columnDefinition = "text")
	private String correction;

	private Instant deletedAt;

	private boolean everPublished;

	private String createdBy;

	private String modifiedBy;

	private int revisionNumber;

	protected Article() {
	}

	Article(Instant now) {
		this.createdAt = now;
		this.modifiedAt = now;
	}

	/**
	 * An article from a backup, as it was where it was backed up.
	 */
	static Article restored(ArticleContent content, RenderedMarkdown rendered, NewsroomRecord record) {
		Article article = new Article(record.createdAt());
		article.apply(content, rendered, record.modifiedAt());
		article.createdBy = record.createdBy();
		article.modifiedBy = record.modifiedBy();
		article.deletedAt = record.deletedAt();
		article.everPublished = record.everPublished();
		article.revisionNumber = record.revisionNumber();
		article.sourcePath = record.sourcePath();
		article.sourceHash = record.sourceHash();
		article.editedSinceImport = record.editedSinceImport();
		return article;
	}

	NewsroomRecord newsroomRecord() {
		return new NewsroomRecord(this.createdAt, this.createdBy, this.modifiedAt, this.modifiedBy, this.deletedAt,
				this.everPublished, this.revisionNumber, this.sourcePath, this.sourceHash, this.editedSinceImport);
	}

	void apply(ArticleContent content, RenderedMarkdown rendered, Instant now) {
		this.slug = content.slug();
		this.title = content.title();
		this.summary = content.summary();
		this.summaryHtml = rendered.leadHtml();
		this.summaryText = rendered.leadText();
		this.bodyMarkdown = content.bodyMarkdown();
		this.bodyHtml = rendered.bodyHtml();
		this.wordCount = rendered.wordCount();
		this.sectionName = blankToNull(content.section());
		this.sectionSlug = (this.sectionName != null) ? Slugs.ofName(this.sectionName) : null;
		this.tags.clear();
		this.tags.addAll(distinctTags(content.tags()));
		this.author = blankToNull(content.author());
		this.source = blankToNull(content.source());
		this.image = content.image();
		this.status = content.status();
		this.publishedAt = content.publishedAt();
		this.updatedAt = content.updatedAt();
		this.correction = blankToNull(content.correction());
		this.everPublished |= this.status == ArticleStatus.PUBLISHED;
		this.modifiedAt = now;
	}

	/**
	 * Everything an author decided, as a form or a content file would give it back.
	 */
	ArticleContent content() {
		return new ArticleContent(this.title, this.slug, this.summary, this.bodyMarkdown, this.sectionName,
				this.tags.stream().map(Tag::name).toList(), this.author, this.source, this.image, this.status,
				this.publishedAt, this.updatedAt, this.correction);
	}

	void markChangedBy(String username, Instant now) {
		if (this.createdBy == null) {
			this.createdBy = username;
		}
		this.modifiedBy = username;
		this.modifiedAt = now;
	}

	/**
	 * Takes the article away from readers and marks it deleted; its revisions stay until
	 * it is purged. It comes back, if ever, as a draft.
	 */
	void delete(Instant now) {
		this.status = ArticleStatus.DRAFT;
		this.deletedAt = now;
	}

	void recover() {
		this.deletedAt = null;
	}

	void unpublish() {
		this.status = ArticleStatus.DRAFT;
	}

	int nextRevisionNumber() {
		return ++this.revisionNumber;
	}

	void markImported(String sourcePath, String sourceHash) {
		this.sourcePath = sourcePath;
		this.sourceHash = sourceHash;
		this.editedSinceImport = false;
	}

	void markSourceSeen(String sourceHash) {
		this.sourceHash = sourceHash;
	}

	void markEdited() {
		this.editedSinceImport = true;
	}

	/**
	 * Tells whether readers may see this article at a given time.
	 * @param now the time of the request
	 * @return whether it is published and its time has come
	 */
	public boolean isVisibleAt(Instant now) {
		return this.deletedAt == null && this.status == ArticleStatus.PUBLISHED && this.publishedAt != null
				&& !this.publishedAt.isAfter(now);
	}

	private static List<Tag> distinctTags(List<String> names) {
		Map<String, Tag> bySlug = new LinkedHashMap<>();
		for (String name : names) {
			if (name != null && !name.isBlank()) {
				Tag tag = Tag.named(name);
				if (!tag.slug().isEmpty()) {
					bySlug.putIfAbsent(tag.slug(), tag);
				}
			}
		}
		return new ArrayList<>(bySlug.values());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getSummaryHtml() {
		return this.summaryHtml;
	}

	public String getSummaryText() {
		return this.summaryText;
	}

	public String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public int getWordCount() {
		return this.wordCount;
	}

	public String getSectionName() {
		return this.sectionName;
	}

	public String getSectionSlug() {
		return this.sectionSlug;
	}

	public List<Tag> getTags() {
		return List.copyOf(this.tags);
	}

	public String getAuthor() {
		return this.author;
	}

	public String getSource() {
		return this.source;
	}

	public LeadImage getImage() {
		return this.image;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getModifiedAt() {
		return this.modifiedAt;
	}

	public String getSourcePath() {
		return this.sourcePath;
	}

	public String getSourceHash() {
		return this.sourceHash;
	}

	public boolean isEditedSinceImport() {
		return this.editedSinceImport;
	}

	public String getCorrection() {
		return this.correction;
	}

	public Instant getDeletedAt() {
		return this.deletedAt;
	}

	public boolean isDeleted() {
		return this.deletedAt != null;
	}

	public boolean isEverPublished() {
		return this.everPublished;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getModifiedBy() {
		return this.modifiedBy;
	}

}
