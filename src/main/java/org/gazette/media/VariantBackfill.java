package org.gazette.media;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Makes resized copies at start-up for originals stored before copies existed, or by an
 * older {@link ImageVariants#VERSION}; one transaction per image. Instances starting
 * together may race for the same image: the loser's copies are refused by the unique
 * names and it moves on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class VariantBackfill implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(VariantBackfill.class);

	private final MediaRepository media;

	private final MediaService service;

	VariantBackfill(MediaRepository media, MediaService service) {
		this.media = media;
		this.service = service;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Long> originals = this.media.findOriginalsWithVariantsOlderThan(ImageVariants.VERSION);
		if (originals.isEmpty()) {
			return;
		}
		int copies = 0;
		for (Long id : originals) {
			try {
				copies += this.service.remakeVariants(id);
			}
			catch (DataAccessException ex) {
				logger.info("Resized copies of image " + id + " were not made here: " + ex.getMessage());
			}
		}
		logger.info("Made " + copies + " resized copies of " + originals.size() + " stored images");
	}

}
