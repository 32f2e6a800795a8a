package org.gazette;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the PostgreSQL pass, points every application context the tests start at a fresh
 * schema of {@link PostgresTestDatabase}, or at {@code gazette.test.postgres.schema} when
 * a test names one (several contexts sharing a database). {@code @DataJpaTest} keeps it
 * rather than an embedded database.
 */
public class PostgresTestEnvironment implements EnvironmentPostProcessor {

	/** Names the schema a context is to use, instead of a fresh one. */
	public static final String SCHEMA_PROPERTY = "gazette.test.postgres.schema";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!PostgresTestDatabase.isActive() || PostgresTestDatabase.unreachableReason().isPresent()) {
			return;
		}
		String schema = environment.getProperty(SCHEMA_PROPERTY);
		if (schema == null) {
			schema = PostgresTestDatabase.createSchema();
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", PostgresTestDatabase.url(schema));
		properties.put("spring.datasource.username", PostgresTestDatabase.username());
		properties.put("spring.datasource.password", PostgresTestDatabase.password());
		properties.put("spring.test.database.replace", "none");
		environment.getPropertySources().addFirst(new MapPropertySource("postgresqlTestDatabase", properties));
	}

}
