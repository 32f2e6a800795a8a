package org.gazette.media;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An image, its bytes and what a page prints beside it. The name embeds a hash of the
 * bytes, so a name always means the same image and may be cached for good. A resized copy
 * is a row of its own that points to its original.
 */
@Entity
@Table(name = "media")
public class Media {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_seq")
	@SequenceGenerator(name = "media_seq", sequenceName = "media_seq", allocationSize = 50)
	private Long id;

	private String name;

	private String contentType;

	private int width;

	private int height;

	private long byteSize;

	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "data")
	private byte[] data;

	private String alt;

	private String caption;

	private String credit;

	private Instant createdAt;

	private Long originalId;

	private int variantsVersion;

	protected Media() {
	}

	Media(String name, InspectedImage image, byte[] data, String sha256, Instant createdAt) {
		this(name, image.format(), image.width(), image.height(), data, sha256, createdAt);
	}

	private Media(String name, ImageFormat format, int width, int height, byte[] data, String sha256,
			Instant createdAt) {
		this.name = name;
		this.contentType = format.contentType();
		this.width = width;
		this.height = height;
		this.byteSize = data.length;
		this.sha256 = sha256;
		this.data = data;
		this.createdAt = createdAt;
	}

	static Media restored(ArchivedImage image, byte[] data) {
		Media media = new Media();
		media.name = image.name();
		media.contentType = image.contentType();
		media.width = image.width();
		media.height = image.height();
		media.byteSize = data.length;
		media.sha256 = image.sha256();
		media.data = data;
		media.createdAt = image.createdAt();
		media.describe(image.alt(), image.caption(), image.credit());
		return media;
	}

	static Media variantOf(Media original, String name, ImageVariants.EncodedImage variant, String sha256) {
		Media copy = new Media(name, variant.format(), variant.width(), variant.height(), variant.data(), sha256,
				original.getCreatedAt());
		copy.originalId = original.getId();
		copy.variantsVersion = ImageVariants.VERSION;
		return copy;
	}

	void markVariantsMade(int version) {
		this.variantsVersion = version;
	}

	void describe(String alt, String caption, String credit) {
		this.alt = alt;
		this.caption = caption;
		this.credit = credit;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getContentType() {
		return this.contentType;
	}

	public int getWidth() {
		return this.width;
	}

	public int getHeight() {
		return this.height;
	}

	public long getByteSize() {
		return this.byteSize;
	}

	public String getSha256() {
		return this.sha256;
	}

	byte[] getData() {
		return this.data;
	}

	public String getAlt() {
		return this.alt;
	}

	public String getCaption() {
		return this.caption;
	}

	public String getCredit() {
		return this.credit;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	Long getOriginalId() {
		return this.originalId;
	}

	int getVariantsVersion() {
		return this.variantsVersion;
	}

	/**
	 * The path readers load the image from.
	 * @return {@code /media/{name}}
	 */
	public String url() {
		return "/media/" + this.name;
	}

}
