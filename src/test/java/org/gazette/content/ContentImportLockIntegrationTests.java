package org.gazette.content;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instances sharing a database import one at a time: a second import waits for the first,
 * then runs. Runs on H2 and, in the PostgreSQL pass, on PostgreSQL.
 */
// RANDOM_PORT only to share the application context of the other HTTP tests.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentImportLockIntegrationTests {

	@Autowired
	private ContentImportLock lock;

	@Test
	void secondImportWaitsForTheFirstToFinish() throws Exception {
		List<String> events = new CopyOnWriteArrayList<>();
		CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
		CountDownLatch firstMayFinish = new CountDownLatch(1);
		// A thread for each import: on two cores the common pool may have only one.
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Optional<String>> first = CompletableFuture
				.supplyAsync(() -> this.lock.callExclusively(() -> {
					events.add("first starts");
					firstHoldsTheLock.countDown();
					awaitUninterruptibly(firstMayFinish);
					events.add("first ends");
					return "first";
				}), threads);
			assertThat(firstHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
			int contendedBefore = this.lock.contendedAttempts();
			CompletableFuture<Optional<String>> second = CompletableFuture
				.supplyAsync(() -> this.lock.callExclusively(() -> {
					events.add("second runs");
					return "second";
				}), threads);
			await().atMost(Duration.ofSeconds(30)).until(() -> this.lock.contendedAttempts() > contendedBefore);
			assertThat(second).isNotDone();

			firstMayFinish.countDown();
			assertThat(first.get(30, TimeUnit.SECONDS)).contains("first");
			assertThat(second.get(30, TimeUnit.SECONDS)).contains("second");
			assertThat(events).containsExactly("first starts", "first ends", "second runs");
		}
		finally {
			firstMayFinish.countDown();
			threads.shutdown();
		}
	}

	private static void awaitUninterruptibly(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
