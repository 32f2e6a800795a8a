package org.gazette.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.gazette.backup.BackupFormat.Manifest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An admin downloads a backup of the whole site: the archive is written to a temporary
 * file first, so that the database is read in one short transaction however slowly it
 * then downloads, and the file is deleted once sent.
 */
@Controller
@RequestMapping("/admin/backup")
class BackupController {

	private static final Log logger = LogFactory.getLog(BackupController.class);

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final BackupWriter writer;

	BackupController(BackupWriter writer) {
		this.writer = writer;
	}

	@GetMapping
	String show() {
		return "admin/backup/show";
	}

	@PostMapping
	void download(@RequestParam(defaultValue = "false") boolean includePasswordHashes, Principal admin,
			HttpServletResponse response) throws IOException {
		Path file = Files.createTempFile("gazette-backup-", ".zip");
		try {
			Manifest manifest = this.writer.write(file, includePasswordHashes);
			logger.info("Backup downloaded by " + admin.getName() + ": " + manifest.counts()
					+ (includePasswordHashes ? ", with password hashes" : ""));
			response.setContentType("application/zip");
			response.setContentLengthLong(Files.size(file));
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("gazette-backup-" + FILE_TIME.format(manifest.createdAt()) + ".zip")
						.build()
						.toString());
			Files.copy(file, response.getOutputStream());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
