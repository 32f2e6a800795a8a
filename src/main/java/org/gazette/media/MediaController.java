package org.gazette.media;

import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves images. Names are content-addressed, so a response may be cached for a year.
 */
@RestController
class MediaController {

	private static final Pattern MEDIA_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,200}\\.[a-z]{3,4}");

	private final MediaService media;

	MediaController(MediaService media) {
		this.media = media;
	}

	@GetMapping("/media/{name}")
	ResponseEntity<byte[]> show(@PathVariable String name) {
		if (!MEDIA_NAME.matcher(name).matches()) {
			throw new MediaNotFoundException(name);
		}
		MediaBytes image = this.media.findBytes(name).orElseThrow(() -> new MediaNotFoundException(name));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.eTag(image.sha256())
			.header("X-Content-Type-Options", "nosniff")
			.body(image.data());
	}

}
