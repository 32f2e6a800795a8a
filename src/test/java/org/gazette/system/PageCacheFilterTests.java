package org.gazette.system;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.gazette.article.SiteVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The page cache's filter on its own, with a filter chain standing in for the
 * application.
 */
class PageCacheFilterTests {

	private static final int READERS = 8;

	private final ExecutorService readers = Executors.newFixedThreadPool(READERS);

	@AfterEach
	void stopReaders() {
		this.readers.shutdownNow();
	}

	@Test
	void readersAskingForAPageBeingRenderedWaitForItInsteadOfRenderingItAgain() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		AtomicInteger renders = new AtomicInteger();
		PageCacheFilter filter = filter();
		FilterChain application = (request, response) -> {
			renders.incrementAndGet();
			rendering.countDown();
			try {
				finish.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			HttpServletResponse http = (HttpServletResponse) response;
			http.setStatus(200);
			http.setContentType("text/html;charset=UTF-8");
			http.setHeader("Cache-Control", "public, max-age=60");
			http.setHeader("ETag", "\"front-1\"");
			http.getOutputStream().write("<p>The front page</p>".getBytes(StandardCharsets.UTF_8));
		};
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		answers.add(this.readers.submit(() -> get(filter, application)));
		assertThat(rendering.await(30, TimeUnit.SECONDS)).isTrue();
		List<Thread> waiting = new ArrayList<>();
		for (int i = 1; i < READERS; i++) {
			answers.add(this.readers.submit(() -> {
				synchronized (waiting) {
					waiting.add(Thread.currentThread());
				}
				return get(filter, application);
			}));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			synchronized (waiting) {
				return waiting.size() == READERS - 1
						&& waiting.stream().allMatch((thread) -> thread.getState() == Thread.State.TIMED_WAITING);
			}
		});

		finish.countDown();

		for (Future<MockHttpServletResponse> answer : answers) {
			MockHttpServletResponse response = answer.get(30, TimeUnit.SECONDS);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).isEqualTo("<p>The front page</p>");
		}
		assertThat(renders).hasValue(1);
	}

	@Test
	void aPageThatIsNotKeptIsRenderedForEveryReader() throws Exception {
		AtomicInteger renders = new AtomicInteger();
		PageCacheFilter filter = filter();
		FilterChain application = (request, response) -> {
			renders.incrementAndGet();
			((HttpServletResponse) response).sendError(404);
		};
		for (int i = 0; i < 3; i++) {
			assertThat(get(filter, application).getStatus()).isEqualTo(404);
		}
		assertThat(renders).hasValue(3);
	}

	private static MockHttpServletResponse get(PageCacheFilter filter, FilterChain application) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, application);
		return response;
	}

	private static PageCacheFilter filter() {
		SiteVersion siteVersion = mock(SiteVersion.class);
		given(siteVersion.current()).willReturn(Optional.of(new SiteVersion.Snapshot(1, 0, null)));
		PageCache cache = new PageCache(1024 * 1024, 64 * 1024);
		cache.ready();
		return new PageCacheFilter(cache, siteVersion,
				new HttpCacheProperties(Duration.ofSeconds(60), Duration.ofSeconds(30)), Clock.systemUTC(), "SESSION");
	}

}
