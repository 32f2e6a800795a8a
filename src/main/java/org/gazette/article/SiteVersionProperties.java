package org.gazette.article;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often an instance asks the database whether another instance changed what readers
 * see ({@code GAZETTE_SITE_VERSION_CHECK_INTERVAL}): the longest a page cached here can
 * lag behind a save made on another instance. This instance's own saves count at once.
 *
 * @param checkInterval at most this long between two checks; zero checks on every request
 */
@ConfigurationProperties("gazette.site-version")
public record SiteVersionProperties(@DefaultValue("1s") Duration checkInterval) {

}
