package org.gazette;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL pass (where it is registered by auto-detection), skips every test
 * with a clear message when no server is reachable, or fails them when
 * {@code gazette.test.postgres.required=true} says a server must be there, as in CI.
 */
public class PostgresCondition implements ExecutionCondition {

	private static final AtomicBoolean announced = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!PostgresTestDatabase.isActive()) {
			return ConditionEvaluationResult.enabled("not the PostgreSQL pass");
		}
		Optional<String> unreachable = PostgresTestDatabase.unreachableReason();
		if (unreachable.isEmpty()) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + PostgresTestDatabase.url());
		}
		if (PostgresTestDatabase.isRequired()) {
			throw new ExtensionConfigurationException(
					"PostgreSQL tests are required (gazette.test.postgres.required=true) but there is "
							+ unreachable.get());
		}
		String message = "PostgreSQL pass skipped: " + unreachable.get()
				+ ". Start one (see README, Operations) or set GAZETTE_TEST_POSTGRES_URL.";
		if (announced.compareAndSet(false, true)) {
			System.err.println("[WARNING] " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

}
