package org.gazette.media;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazette.markdown.ImageResolver;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Resolves {@code /media/{name}} references to the stored original with its width, height
 * and a {@code srcset} of its resized copies. Markdown bodies use it when they are
 * rendered, lead images (through {@link MediaDialect}) when a page is.
 * <p>
 * Names are content-addressed and copies are made with their original, so what a name
 * resolves to never changes: answers are cached, though not while a transaction that
 * might still roll back is writing.
 */
@Component
class MediaImageResolver implements ImageResolver {

	static final Pattern MEDIA_URL = Pattern.compile("/media/([a-z0-9][a-z0-9-]{0,200}\\.[a-z]{3,4})");

	private static final int CACHED_NAMES = 2048;

	private final MediaRepository media;

	private final Map<String, ResolvedImage> cache = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ResolvedImage> eldest) {
			return size() > CACHED_NAMES;
		}

	};

	MediaImageResolver(MediaRepository media) {
		this.media = media;
	}

	@Override
	public Optional<ResolvedImage> resolve(String src) {
		Matcher url = MEDIA_URL.matcher((src != null) ? src : "");
		if (!url.matches()) {
			return Optional.empty();
		}
		String name = url.group(1);
		synchronized (this.cache) {
			ResolvedImage cached = this.cache.get(name);
			if (cached != null) {
				return Optional.of(cached);
			}
		}
		Optional<MediaSummary> found = this.media.findSummaryByName(name);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		MediaSummary image = found.get();
		List<MediaVariant> variants = image.isOriginal() ? this.media.findVariantsOf(List.of(image.id())) : List.of();
		ResolvedImage resolved = new ResolvedImage(src, image.width(), image.height(),
				Srcsets.of(src, image.width(), variants));
		boolean settled = !image.isOriginal() || image.variantsVersion() >= ImageVariants.VERSION;
		if (settled && !writing()) {
			synchronized (this.cache) {
				this.cache.put(name, resolved);
			}
		}
		return Optional.of(resolved);
	}

	private static boolean writing() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
