package org.gazette.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one editor's session that both add the same attribute, as a double
 * submit does with its flash message, both save; the later value is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionStoreIntegrationTests {

	@Autowired
	private SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeBothSave() {
		twoRequestsAddTheSameAttribute(this.sessions);
	}

	private <S extends Session> void twoRequestsAddTheSameAttribute(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("signed-in", "editor");
		sessions.save(session);

		S firstRequest = sessions.findById(session.getId());
		S secondRequest = sessions.findById(session.getId());
		firstRequest.setAttribute("flash", "Saved by the first request");
		secondRequest.setAttribute("flash", "Saved by the second request");
		sessions.save(firstRequest);
		sessions.save(secondRequest);

		S stored = sessions.findById(session.getId());
		assertThat(stored.<String>getAttribute("flash")).isEqualTo("Saved by the second request");
		assertThat(stored.<String>getAttribute("signed-in")).isEqualTo("editor");
		sessions.deleteById(session.getId());
	}

}
