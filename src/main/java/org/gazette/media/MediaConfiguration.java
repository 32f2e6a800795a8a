package org.gazette.media;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Multipart limits that follow {@code gazette.media.max-upload-size}. The servlet
 * container's limits sit above it, so that a file a little too large reaches
 * {@link MediaService}, which says how large it is; a far larger one is cut off by the
 * container and {@link MediaAdminController} still answers with a clear message, because
 * uploads are parsed only when the handler reads them.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	private static final DataSize HEADROOM = DataSize.ofMegabytes(1);

	@Bean
	MultipartConfigElement multipartConfigElement(MediaProperties properties) {
		long limit = properties.maxUploadSize().toBytes();
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(DataSize.ofBytes(limit + HEADROOM.toBytes()));
		// The form's text fields travel in the same request.
		factory.setMaxRequestSize(DataSize.ofBytes(limit + 2 * HEADROOM.toBytes()));
		return factory.createMultipartConfig();
	}

	@Bean(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
	StandardServletMultipartResolver multipartResolver() {
		StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
		resolver.setResolveLazily(true);
		return resolver;
	}

}
