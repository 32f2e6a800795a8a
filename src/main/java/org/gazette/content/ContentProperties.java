package org.gazette.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where content files are read from ({@code GAZETTE_CONTENT_DIR}).
 *
 * @param dir the content directory, relative to the working directory unless absolute
 * @param maxFileSize the largest content file imported, in bytes
 */
@ConfigurationProperties("gazette.content")
public record ContentProperties(@DefaultValue("content") Path dir, @DefaultValue("5242880") long maxFileSize) {
}
