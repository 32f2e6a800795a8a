package org.gazette.article;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SiteLinksTests {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void configuredSiteUrlWinsOverTheRequest() {
		request("http", "internal.host", 8080);
		assertThat(new SiteLinks(new SiteProperties("https://news.example/")).absolute("/feed.xml"))
			.isEqualTo("https://news.example/feed.xml");
	}

	@Test
	void withoutASiteUrlTheRequestGivesSchemeHostAndPort() {
		request("http", "localhost", 18084);
		assertThat(new SiteLinks(new SiteProperties(" ")).absolute("/sitemap.xml"))
			.isEqualTo("http://localhost:18084/sitemap.xml");
	}

	@Test
	void siteUrlMustBeAbsoluteHttp() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties("news.example"))
			.withMessageContaining("GAZETTE_SITE_URL");
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties("ftp://news.example"));
		assertThat(new SiteProperties("https://news.example/paper/").url()).isEqualTo("https://news.example/paper");
	}

	private static void request(String scheme, String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
