package org.gazette;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application over real HTTP, as an attacker meets it: its {@code content/}
 * holds one file per {@link XssVectors attack vector} ({@link HostileContent}), and the
 * site URL is configured. Every class with this annotation shares one application
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "gazette.site.url=" + SecurityTest.SITE)
@ContextConfiguration(initializers = HostileContent.class)
public @interface SecurityTest {

	/** The site URL every absolute link starts with. */
	String SITE = "https://news.example";

}
