package org.gazette.media;

import java.util.Set;

import org.gazette.markdown.ImageResolver.ResolvedImage;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives templates {@code #media.srcset(name)}: the {@code srcset} of a stored image's
 * resized copies, for lead images, whose HTML is written by templates rather than by the
 * markdown pipeline; and {@code #media.maxUploadSize()} for the page that refuses a file
 * too large to be read at all.
 */
@Component
class MediaDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "media";

	private final MediaExpressions expressions;

	// Web slice tests load dialects without the database behind the resolver: there
	// #media answers no srcset.
	MediaDialect(ObjectProvider<MediaImageResolver> resolver, ObjectProvider<MediaProperties> properties) {
		super("Gazette media");
		this.expressions = new MediaExpressions(resolver, properties);
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? MediaDialect.this.expressions : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

	/**
	 * What {@code #media} offers templates.
	 */
	static final class MediaExpressions {

		private final ObjectProvider<MediaImageResolver> resolver;

		private final ObjectProvider<MediaProperties> properties;

		MediaExpressions(ObjectProvider<MediaImageResolver> resolver, ObjectProvider<MediaProperties> properties) {
			this.resolver = resolver;
			this.properties = properties;
		}

		/**
		 * The largest photo accepted, for pages that explain a refusal.
		 * @return e.g. {@code 10 MB}
		 */
		public String maxUploadSize() {
			MediaProperties limits = this.properties.getIfAvailable();
			return (limits != null) ? limits.maxUploadSizeText() : "size limit";
		}

		/**
		 * The {@code srcset} of an image's resized copies.
		 * @param name the media name
		 * @return the value, or {@code null} (no attribute) when it has no copies
		 */
		public String srcset(String name) {
			MediaImageResolver images = this.resolver.getIfAvailable();
			if (name == null || images == null) {
				return null;
			}
			return images.resolve("/media/" + name).map(ResolvedImage::srcset).orElse(null);
		}

	}

}
