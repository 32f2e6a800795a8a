package org.gazette.media;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gazette.media.ImageVariants.EncodedImage;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores images with their resized copies and finds them again. The same bytes are stored
 * once, whoever sends them.
 */
@Service
public class MediaService {

	private static final Pattern NOT_NAME_CHARACTER = Pattern.compile("[^a-z0-9]+");

	private static final int HASH_CHARACTERS_IN_NAME = 12;

	private static final int HASH_CHARACTERS_IN_VARIANT_NAME = 8;

	private final MediaRepository media;

	private final MediaProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MediaService(MediaRepository media, MediaProperties properties, TransactionTemplate transaction, Clock clock) {
		this.media = media;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Stores an image and its resized copies after decoding it, or finds the stored copy
	 * of the same bytes.
	 * @param data the file's bytes
	 * @param fileName the name it came with, used only to make the stored name readable
	 * @return the stored original
	 * @throws InvalidImageException when the bytes are not an accepted raster image
	 */
	@Transactional
	public Media store(byte[] data, String fileName) {
		String sha256 = sha256(data);
		Optional<Media> existing = this.media.findFirstBySha256AndOriginalIdIsNull(sha256);
		if (existing.isPresent()) {
			return existing.get();
		}
		return save(prepare(data, sha256, fileName));
	}

	/**
	 * Stores a photo an editor uploaded, with its description. Decoding and resizing
	 * happen before a transaction starts, so that they hold no database connection.
	 * @param upload the photo and its description
	 * @return the stored photo
	 * @throws InvalidImageException when the file is too large, empty or not an accepted
	 * raster image; then nothing is stored
	 */
	Photo upload(PhotoUpload upload) {
		long limit = this.properties.maxUploadSize().toBytes();
		if (upload.size() > limit) {
			throw tooLarge(upload.size());
		}
		byte[] data = read(upload, limit);
		String sha256 = sha256(data);
		Prepared prepared = this.media.findFirstBySha256AndOriginalIdIsNull(sha256).isPresent() ? null
				: prepare(data, sha256, upload.fileName());
		try {
			return this.transaction.execute((status) -> describe(sha256, prepared, upload));
		}
		catch (DataIntegrityViolationException ex) {
			// The same bytes were stored a moment ago by someone else: describe theirs.
			return this.transaction.execute((status) -> describe(sha256, null, upload));
		}
	}

	private Photo describe(String sha256, Prepared prepared, PhotoUpload upload) {
		Media stored = (prepared != null) ? save(prepared) : this.media.findFirstBySha256AndOriginalIdIsNull(sha256)
			.orElseThrow(() -> new IllegalStateException("Image " + sha256 + " vanished while uploading"));
		stored.describe(blankToNull(upload.alt()), blankToNull(upload.caption()), blankToNull(upload.credit()));
		return Photo.of(rowOf(stored), this.media.findVariantsOf(List.of(stored.getId())));
	}

	/**
	 * One page of the photo library, newest first.
	 * @param number the page number, from 1
	 * @param size photos per page
	 * @return the page
	 * @throws MediaNotFoundException when there is no such page
	 */
	@Transactional(readOnly = true)
	PhotoPage photos(int number, int size) {
		Page<PhotoRow> page = this.media.findPhotos(PageRequest.of(number - 1, size));
		if (number > Math.max(1, page.getTotalPages())) {
			throw new MediaNotFoundException("page " + number + " of the photo library");
		}
		Map<Long, List<MediaVariant>> variants = page.isEmpty() ? Map.of()
				: this.media.findVariantsOf(page.map(PhotoRow::id).toList())
					.stream()
					.collect(Collectors.groupingBy(MediaVariant::originalId));
		List<Photo> photos = page.map((row) -> Photo.of(row, variants.getOrDefault(row.id(), List.of()))).toList();
		return new PhotoPage(photos, number, Math.max(1, page.getTotalPages()));
	}

	/**
	 * The largest photo {@link #upload} accepts.
	 * @return the limit in bytes
	 */
	long maxUploadSize() {
		return this.properties.maxUploadSize().toBytes();
	}

	String maxUploadSizeText() {
		return this.properties.maxUploadSizeText();
	}

	/**
	 * Finds an image by its name.
	 * @param name the media name
	 * @return the image
	 */
	@Transactional(readOnly = true)
	public Optional<Media> find(String name) {
		return this.media.findByName(name);
	}

	@Transactional(readOnly = true)
	Optional<MediaBytes> findBytes(String name) {
		return this.media.findBytesByName(name);
	}

	@Transactional(readOnly = true)
	Optional<String> findEntityTag(String name) {
		return this.media.findSha256ByName(name);
	}

	/**
	 * How many images are stored.
	 * @return the count of originals (resized copies are not counted)
	 */
	@Transactional(readOnly = true)
	public long count() {
		return this.media.countByOriginalIdIsNull();
	}

	/**
	 * Every original image's description, for a backup, in the order they were stored.
	 * Their bytes are read one at a time with {@link #data(String)}.
	 * @return the descriptions
	 */
	@Transactional(readOnly = true)
	public List<ArchivedImage> originals() {
		return this.media.findArchivedOriginals();
	}

	/**
	 * The bytes of an image.
	 * @param name the media name
	 * @return the bytes as stored
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> data(String name) {
		return this.media.findBytesByName(name).map(MediaBytes::data);
	}

	/**
	 * Stores an original image from a backup as it was, and makes its resized copies
	 * again; an image this build cannot decode is kept without copies.
	 * @param image its description
	 * @param data its bytes
	 * @throws InvalidImageException when the bytes are not the ones described
	 */
	@Transactional
	public void restore(ArchivedImage image, byte[] data) {
		if (data.length != image.byteSize() || !sha256(data).equals(image.sha256())) {
			throw new InvalidImageException("is not the image its description names: its SHA-256 differs");
		}
		makeVariants(this.media.save(Media.restored(image, data)));
	}

	/**
	 * Remakes the resized copies of an original stored before the current
	 * {@link ImageVariants#VERSION}.
	 * @param id the original's id
	 * @return how many copies it has now
	 */
	@Transactional
	int remakeVariants(Long id) {
		Media original = this.media.findById(id).orElse(null);
		if (original == null || original.getOriginalId() != null
				|| original.getVariantsVersion() >= ImageVariants.VERSION) {
			return 0;
		}
		this.media.deleteVariantsOf(id);
		return makeVariants(original);
	}

	private int makeVariants(Media original) {
		List<EncodedImage> variants;
		try {
			variants = ImageVariants.of(ImageInspector.inspect(original.getData()));
		}
		catch (InvalidImageException ex) {
			// Decoded once, when stored; if this decoder cannot, keep the original alone.
			variants = List.of();
		}
		saveVariants(original, variants);
		return variants.size();
	}

	private Prepared prepare(byte[] data, String sha256, String fileName) {
		InspectedImage image = ImageInspector.inspect(data);
		String name = readableStem(fileName) + "-" + sha256.substring(0, HASH_CHARACTERS_IN_NAME) + "."
				+ image.format().extension();
		List<EncodedImage> variants;
		try {
			variants = ImageVariants.of(image);
		}
		catch (RuntimeException ex) {
			throw new InvalidImageException("decoded, but could not be resized: " + ex.getMessage());
		}
		// The pixels are not kept: the bytes are stored as they came.
		return new Prepared(name, new InspectedImage(image.format(), image.width(), image.height(), null, false), data,
				sha256, variants);
	}

	private Media save(Prepared prepared) {
		Media original = this.media.save(
				new Media(prepared.name(), prepared.image(), prepared.data(), prepared.sha256(), this.clock.instant()));
		saveVariants(original, prepared.variants());
		return original;
	}

	private void saveVariants(Media original, List<EncodedImage> variants) {
		String base = original.getName().substring(0, original.getName().lastIndexOf('.'));
		List<Media> copies = new ArrayList<>();
		for (EncodedImage variant : variants) {
			String sha256 = sha256(variant.data());
			String name = base + "-" + variant.width() + "w-" + sha256.substring(0, HASH_CHARACTERS_IN_VARIANT_NAME)
					+ "." + variant.format().extension();
			copies.add(Media.variantOf(original, name, variant, sha256));
		}
		this.media.saveAll(copies);
		original.markVariantsMade(ImageVariants.VERSION);
	}

	private InvalidImageException tooLarge(long size) {
		String limit = this.properties.maxUploadSizeText();
		String actual = Sizes.text(size);
		return new InvalidImageException(actual.equals(limit) ? "is just over the " + limit + " a photo may be"
				: "is " + actual + ", more than the " + limit + " a photo may be");
	}

	private byte[] read(PhotoUpload upload, long limit) {
		try (InputStream input = upload.content().getInputStream()) {
			// The declared size is the client's word: read one byte past the limit at
			// most.
			byte[] data = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (data.length > limit) {
				throw new InvalidImageException(
						"is larger than the " + this.properties.maxUploadSizeText() + " a photo may be");
			}
			return data;
		}
		catch (IOException ex) {
			throw new InvalidImageException("could not be read: the upload was interrupted");
		}
	}

	private static PhotoRow rowOf(Media media) {
		return new PhotoRow(media.getId(), media.getName(), media.getContentType(), media.getWidth(), media.getHeight(),
				media.getByteSize(), media.getAlt(), media.getCaption(), media.getCredit(), media.getCreatedAt());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static String readableStem(String fileName) {
		String base = (fileName != null) ? fileName : "";
		int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
		base = base.substring(slash + 1);
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		String stem = NOT_NAME_CHARACTER.matcher(base.toLowerCase(Locale.ROOT))
			.replaceAll("-")
			.replaceAll("^-+|-+$", "");
		if (stem.length() > 60) {
			stem = stem.substring(0, 60).replaceAll("-+$", "");
		}
		return stem.isEmpty() ? "image" : stem;
	}

	/**
	 * An image decoded and resized, ready to store.
	 */
	private record Prepared(String name, InspectedImage image, byte[] data, String sha256,
			List<EncodedImage> variants) {
	}

}
