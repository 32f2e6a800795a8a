package org.gazette.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on photos editors upload ({@code GAZETTE_MEDIA_MAX_UPLOAD_SIZE}).
 *
 * @param maxUploadSize the largest photo accepted
 */
@ConfigurationProperties("gazette.media")
record MediaProperties(@DefaultValue("10MB") DataSize maxUploadSize) {

	/**
	 * The limit as editors read it.
	 * @return e.g. {@code 10 MB}
	 */
	String maxUploadSizeText() {
		return Sizes.text(this.maxUploadSize.toBytes());
	}

}
