package org.gazette;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of the second test pass
 * ({@code -Dgazette.test.database=postgresql}, set by the Surefire execution
 * "postgresql"). Its URL comes from {@code gazette.test.postgres.url} or
 * {@code GAZETTE_TEST_POSTGRES_URL}, and likewise {@code .username}/{@code .password};
 * the default is the server {@code .ci/run} starts. Each application context gets a
 * schema of its own, dropped when the JVM exits.
 */
public final class PostgresTestDatabase {

	static final String DATABASE_PROPERTY = "gazette.test.database";

	private static final AtomicInteger schemas = new AtomicInteger();

	private static final List<String> created = new CopyOnWriteArrayList<>();

	private static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	private static Optional<String> unreachable;

	private PostgresTestDatabase() {
	}

	/**
	 * Tells whether this JVM runs the PostgreSQL pass.
	 * @return whether tests are to use PostgreSQL
	 */
	public static boolean isActive() {
		return "postgresql".equals(System.getProperty(DATABASE_PROPERTY));
	}

	static boolean isRequired() {
		return Boolean.parseBoolean(setting("gazette.test.postgres.required", "false"));
	}

	/**
	 * The server's JDBC URL, without a schema.
	 * @return the URL
	 */
	public static String url() {
		return setting("gazette.test.postgres.url", "jdbc:postgresql://127.0.0.1:15432/gazette");
	}

	public static String username() {
		return setting("gazette.test.postgres.username", "gazette");
	}

	public static String password() {
		return setting("gazette.test.postgres.password", "gazette");
	}

	/**
	 * The URL of one schema.
	 * @param schema the schema
	 * @return a URL whose connections use that schema
	 */
	public static String url(String schema) {
		return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	/**
	 * Why the server cannot be reached, if it cannot; asked once per JVM.
	 * @return the reason, or nothing when a connection succeeded
	 */
	static synchronized Optional<String> unreachableReason() {
		if (unreachable == null) {
			try (Connection connection = connect()) {
				unreachable = Optional.empty();
			}
			catch (SQLException ex) {
				unreachable = Optional.of("no PostgreSQL server at " + url() + " (" + ex.getMessage() + ")");
			}
		}
		return unreachable;
	}

	/**
	 * Creates an empty schema, dropped when the JVM exits.
	 * @return its name
	 */
	public static String createSchema() {
		String schema = "gazette_test_" + RUN + "_" + schemas.incrementAndGet();
		execute("create schema " + schema);
		if (created.isEmpty()) {
			Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropSchemas, "drop-test-schemas"));
		}
		created.add(schema);
		return schema;
	}

	private static void dropSchemas() {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			// Contexts close concurrently with this hook: do not wait long for their
			// locks.
			statement.execute("set lock_timeout = '5s'");
			for (String schema : created) {
				statement.execute("drop schema if exists " + schema + " cascade");
			}
		}
		catch (SQLException ex) {
			System.err.println("Could not drop the test schemas " + created + ": " + ex.getMessage());
		}
	}

	private static void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL test database: " + sql + " failed", ex);
		}
	}

	private static Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", username());
		properties.setProperty("password", password());
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("loginTimeout", "5");
		return DriverManager.getConnection(url(), properties);
	}

	private static String setting(String property, String defaultValue) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(property.toUpperCase().replace('.', '_'));
		}
		return (value == null || value.isBlank()) ? defaultValue : value;
	}

}
