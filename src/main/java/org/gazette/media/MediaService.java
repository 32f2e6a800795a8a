package org.gazette.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores images and finds them again. The same bytes are stored once, whoever sends them.
 */
@Service
public class MediaService {

	private static final Pattern NOT_NAME_CHARACTER = Pattern.compile("[^a-z0-9]+");

	private static final int HASH_CHARACTERS_IN_NAME = 12;

	private final MediaRepository media;

	private final Clock clock;

	MediaService(MediaRepository media, Clock clock) {
		this.media = media;
		this.clock = clock;
	}

	/**
	 * Stores an image after decoding it, or finds the stored copy of the same bytes.
	 * @param data the file's bytes
	 * @param fileName the name it came with, used only to make the stored name readable
	 * @return the stored image
	 * @throws InvalidImageException when the bytes are not an accepted raster image
	 */
	@Transactional
	public Media store(byte[] data, String fileName) {
		String sha256 = sha256(data);
		Optional<Media> existing = this.media.findFirstBySha256(sha256);
		if (existing.isPresent()) {
			return existing.get();
		}
		InspectedImage image = ImageInspector.inspect(data);
		String name = readableStem(fileName) + "-" + sha256.substring(0, HASH_CHARACTERS_IN_NAME) + "."
				+ image.format().extension();
		return this.media.save(new Media(name, image, data, sha256, this.clock.instant()));
	}

	/**
	 * Finds an image by its name.
	 * @param name the media name
	 * @return the image, without loading its bytes where the database allows
	 */
	@Transactional(readOnly = true)
	public Optional<Media> find(String name) {
		return this.media.findByName(name);
	}

	@Transactional(readOnly = true)
	Optional<MediaBytes> findBytes(String name) {
		return this.media.findBytesByName(name);
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

}
