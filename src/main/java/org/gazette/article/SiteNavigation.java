package org.gazette.article;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The sections the site header links to. Templates ask for them through
 * {@code @siteNavigation}, so error pages get the same header as every other page.
 */
@Component
public class SiteNavigation {

	private static final Log logger = LogFactory.getLog(SiteNavigation.class);

	private final ArticleReader reader;

	SiteNavigation(ArticleReader reader) {
		this.reader = reader;
	}

	/**
	 * Sections for the header, or none when they cannot be read: the page that shows them
	 * may itself be reporting that the database is down.
	 * @return the sections
	 */
	public List<SectionLink> sections() {
		try {
			return this.reader.sections();
		}
		catch (RuntimeException ex) {
			logger.warn("Sections for the navigation could not be read: " + ex.getMessage());
			return List.of();
		}
	}

}
