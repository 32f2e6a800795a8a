package org.gazette.article;

import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The sections the site header links to. Templates ask for them through
 * {@code @siteNavigation}, so error pages get the same header as every other page. They
 * are read once per {@link SiteVersion} snapshot, not once per page.
 */
@Component
public class SiteNavigation {

	private static final Log logger = LogFactory.getLog(SiteNavigation.class);

	private final ArticleReader reader;

	private final SiteVersion siteVersion;

	private volatile Sections cached;

	SiteNavigation(ArticleReader reader, SiteVersion siteVersion) {
		this.reader = reader;
		this.siteVersion = siteVersion;
	}

	/**
	 * Sections for the header, or none when they cannot be read: the page that shows them
	 * may itself be reporting that the database is down.
	 * @return the sections
	 */
	public List<SectionLink> sections() {
		try {
			Optional<SiteVersion.Snapshot> snapshot = this.siteVersion.current();
			Sections known = this.cached;
			if (known != null && snapshot.isPresent() && known.snapshot().equals(snapshot.get())) {
				return known.links();
			}
			// Read after the snapshot: never older than it.
			List<SectionLink> links = List.copyOf(this.reader.sections());
			snapshot.ifPresent((taken) -> this.cached = new Sections(taken, links));
			return links;
		}
		catch (RuntimeException ex) {
			logger.warn("Sections for the navigation could not be read: " + ex.getMessage());
			return List.of();
		}
	}

	private record Sections(SiteVersion.Snapshot snapshot, List<SectionLink> links) {
	}

}
