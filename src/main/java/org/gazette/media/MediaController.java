package org.gazette.media;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves images, originals and resized copies alike. Names are content-addressed, so a
 * response may be cached for a year; a browser revalidating anyway gets a 304 without the
 * bytes being read from the database.
 */
@RestController
class MediaController {

	private static final Pattern MEDIA_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,200}\\.[a-z]{3,4}");

	private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final MediaService media;

	MediaController(MediaService media) {
		this.media = media;
	}

	@GetMapping("/media/{name}")
	ResponseEntity<byte[]> show(@PathVariable String name,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		if (!MEDIA_NAME.matcher(name).matches()) {
			throw new MediaNotFoundException(name);
		}
		if (ifNoneMatch != null) {
			Optional<String> tag = this.media.findEntityTag(name);
			if (tag.isPresent() && matches(ifNoneMatch, tag.get())) {
				return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
					.cacheControl(FOR_A_YEAR)
					.eTag(tag.get())
					.header("X-Content-Type-Options", "nosniff")
					.build();
			}
		}
		MediaBytes image = this.media.findBytes(name).orElseThrow(() -> new MediaNotFoundException(name));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(FOR_A_YEAR)
			.eTag(image.sha256())
			.header("X-Content-Type-Options", "nosniff")
			.body(image.data());
	}

	/**
	 * Whether an {@code If-None-Match} header names this entity tag (weakly compared, as
	 * RFC 9110 asks for this header).
	 */
	static boolean matches(String ifNoneMatch, String sha256) {
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals("*") || tag.equals("\"" + sha256 + "\"")) {
				return true;
			}
		}
		return false;
	}

}
