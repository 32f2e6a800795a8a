package org.gazette.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.gazette.account.SecurityConfiguration;
import org.gazette.article.SiteNavigation;
import org.gazette.backup.BackupFormat.Counts;
import org.gazette.backup.BackupFormat.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Only admins download backups: a POST with a CSRF token answers the archive as an
 * attachment; editors and contributors are refused.
 */
@WebMvcTest(BackupController.class)
@Import(SecurityConfiguration.class)
class BackupControllerTests {

	private static final byte[] ARCHIVE = "PK archive bytes".getBytes(StandardCharsets.UTF_8);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private BackupWriter writer;

	@MockitoBean(name = "siteNavigation")
	private SiteNavigation navigation;

	@Test
	void anonymousVisitorIsSentToSignIn() {
		assertThat(this.mvc.get().uri("/admin/backup")).hasStatus3xxRedirection().hasRedirectedUrl("/login");
		verifyNoInteractions(this.writer);
	}

	@ParameterizedTest
	@ValueSource(strings = { "EDITOR", "CONTRIBUTOR" })
	void editorsAndContributorsAreRefused(String role) {
		assertThat(this.mvc.get().uri("/admin/backup").with(user("someone").roles(role))).hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/backup").with(user("someone").roles(role)).with(csrf())).hasStatus(403);
		verifyNoInteractions(this.writer);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminSeesWhatABackupHolds() {
		assertThat(this.mvc.get().uri("/admin/backup")).hasStatusOk()
			.hasViewName("admin/backup/show")
			.bodyText()
			.contains("Download backup", "name=\"includePasswordHashes\"", "name=\"_csrf\"",
					"--gazette.backup.restore=");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void downloadWithoutCsrfIsForbidden() {
		assertThat(this.mvc.post().uri("/admin/backup")).hasStatus(403);
		verifyNoInteractions(this.writer);
	}

	@Test
	@WithMockUser(username = "chief", roles = "ADMIN")
	void adminDownloadsTheArchiveWithoutPasswordHashesUnlessAsked() {
		given(this.writer.write(any(Path.class), eq(false))).willAnswer((call) -> written(call.getArgument(0)));
		MvcTestResult download = this.mvc.post().uri("/admin/backup").with(csrf()).exchange();
		assertThat(download).hasStatusOk()
			.hasContentType("application/zip")
			.hasHeader("Content-Disposition", "attachment; filename=\"gazette-backup-20261128-123000.zip\"")
			.hasHeader("Content-Length", Integer.toString(ARCHIVE.length));
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(ARCHIVE);

		given(this.writer.write(any(Path.class), eq(true))).willAnswer((call) -> written(call.getArgument(0)));
		assertThat(this.mvc.post().uri("/admin/backup").param("includePasswordHashes", "true").with(csrf()))
			.hasStatusOk();
	}

	private static Manifest written(Path file) throws Exception {
		Files.write(file, ARCHIVE);
		return new Manifest(BackupFormat.FORMAT, BackupFormat.VERSION, Instant.parse("2026-11-28T12:30:00Z"), "test",
				false, new Counts(0, 0, 0, 0, 0, 0), List.of());
	}

}
