package org.gazette.article;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many editors saving at once through {@link ArticleService}, each their own article and
 * all of them one article, while readers read over HTTP: nothing saved is lost, every
 * refused save is reported as a conflict, nothing hangs, and readers are served
 * throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentSavesIntegrationTests {

	private static final int EDITORS = 16;

	private static final int SAVES_PER_EDITOR = 4;

	private static final int READERS = 4;

	/** Far beyond what the saves take; reaching it means something waits for ever. */
	private static final Duration DEADLINE = Duration.ofSeconds(120);

	private final ExecutorService threads = Executors.newFixedThreadPool(EDITORS + READERS);

	@Autowired
	private ArticleService articles;

	@LocalServerPort
	private int port;

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void concurrentSavesLoseNothingAndReportEveryConflictWhileReadersAreServed() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		StoredArticle contested = this.articles.create(content("contested-" + run, "First text."), editor(0));
		List<StoredArticle> own = new ArrayList<>();
		for (int i = 1; i <= EDITORS; i++) {
			own.add(this.articles.create(content("own-" + i + "-" + run, "First text."), editor(i)));
		}
		Map<String, Integer> savedContested = new ConcurrentHashMap<>();
		AtomicInteger attempts = new AtomicInteger();
		AtomicInteger conflicts = new AtomicInteger();
		Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger reads = new AtomicInteger();
		CyclicBarrier start = new CyclicBarrier(EDITORS + READERS);

		List<Future<?>> readers = IntStream.range(0, READERS)
			.<Future<?>>mapToObj(
					(reader) -> this.threads.submit(() -> read(contested.url(), start, writing, reads, failures)))
			.toList();
		List<Future<?>> editors = new ArrayList<>();
		for (int i = 1; i <= EDITORS; i++) {
			Editor editor = editor(i);
			StoredArticle mine = own.get(i - 1);
			editors.add(this.threads.submit(() -> {
				start.await();
				long myVersion = mine.version();
				for (int save = 1; save <= SAVES_PER_EDITOR; save++) {
					// Their own article: nobody else saves it, so it is never refused.
					myVersion = this.articles
						.update(mine.id(), myVersion, content(mine.content().slug(), text(editor, save)), false, editor)
						.version();
					// The shared one, from the version just read, as a form opened now.
					String text = text(editor, save);
					StoredArticle current = this.articles.find(contested.id());
					attempts.incrementAndGet();
					try {
						this.articles.update(contested.id(), current.version(),
								content(contested.content().slug(), text), false, editor);
						savedContested.put(text, save);
					}
					catch (ArticleConflictException ex) {
						conflicts.incrementAndGet();
						assertThat(ex.getCurrent().version()).isGreaterThan(current.version());
					}
				}
				return null;
			}));
		}

		long deadline = System.nanoTime() + DEADLINE.toNanos();
		awaitAll(editors, deadline, failures);
		writing.set(false);
		awaitAll(readers, deadline, failures);

		assertThat(failures).as("saves and reads that failed otherwise than by a conflict").isEmpty();
		assertThat(savedContested.size() + conflicts.get()).as("every attempt saved or refused")
			.isEqualTo(attempts.get())
			.isEqualTo(EDITORS * SAVES_PER_EDITOR);
		assertThat(savedContested).as("some saves of the shared article got through").isNotEmpty();
		assertThat(reads.get()).as("readers were served meanwhile").isGreaterThanOrEqualTo(READERS);

		List<RevisionSummary> history = this.articles.revisions(contested.id());
		assertThat(history).as("one revision for its creation and one a save").hasSize(1 + savedContested.size());
		Set<String> revisedTexts = new HashSet<>();
		for (RevisionSummary revision : history) {
			revisedTexts.add(this.articles.revision(contested.id(), revision.number()).content().bodyMarkdown());
		}
		assertThat(revisedTexts).as("every save is in the history").containsAll(savedContested.keySet());
		StoredArticle last = this.articles.find(contested.id());
		assertThat(savedContested).as("the text now is one that was saved").containsKey(last.content().bodyMarkdown());
		assertThat(this.articles.revision(contested.id(), history.get(0).number()).content().bodyMarkdown())
			.as("and it is the newest revision")
			.isEqualTo(last.content().bodyMarkdown());
		for (StoredArticle mine : own) {
			StoredArticle now = this.articles.find(mine.id());
			assertThat(this.articles.revisions(mine.id())).hasSize(1 + SAVES_PER_EDITOR);
			assertThat(now.content().bodyMarkdown()).endsWith("save " + SAVES_PER_EDITOR);
		}
	}

	/**
	 * Waits for every task, collecting what they threw; a task still running at the
	 * deadline fails the test as a deadlock.
	 */
	private static void awaitAll(List<Future<?>> tasks, long deadline, Queue<Throwable> failures)
			throws InterruptedException, TimeoutException {
		for (Future<?> task : tasks) {
			try {
				task.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (ExecutionException ex) {
				failures.add(ex.getCause());
			}
		}
	}

	/** Reads the front page and the contested article until the saves are over. */
	private Void read(String article, CyclicBarrier start, AtomicBoolean writing, AtomicInteger reads,
			Queue<Throwable> failures) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		start.await();
		do {
			for (String path : List.of("/", article)) {
				HttpResponse<Void> response = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
						.timeout(Duration.ofSeconds(30))
						.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() != 200) {
					failures.add(new AssertionError(path + " answered " + response.statusCode()));
				}
				reads.incrementAndGet();
			}
		}
		while (writing.get());
		return null;
	}

	private static ArticleContent content(String slug, String body) {
		return new ArticleContent("Story " + slug, slug, "A lead.", body, "World", List.of("concurrency"), null, null,
				null, ArticleStatus.PUBLISHED, Instant.parse("2026-01-01T00:00:00Z"), null);
	}

	private static String text(Editor editor, int save) {
		return "Text of " + editor.username() + ", save " + save;
	}

	private static Editor editor(int number) {
		return new Editor("editor-" + number, true);
	}

}
