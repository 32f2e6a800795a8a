package org.gazette;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application over real HTTP with the fixture corpus of
 * {@code src/test/resources/search-corpus} imported at start-up and a configured site
 * URL. Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gazette.content.dir=src/test/resources/search-corpus", "gazette.site.url=" + CorpusTest.SITE })
public @interface CorpusTest {

	/** The site URL every absolute link starts with. */
	String SITE = "https://news.example";

}
