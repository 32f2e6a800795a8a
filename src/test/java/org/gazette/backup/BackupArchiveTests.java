package org.gazette.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gazette.backup.BackupFormat.Counts;
import org.gazette.backup.BackupFormat.Entry;
import org.gazette.backup.BackupFormat.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An archive is checked against its manifest before anything is restored: a damaged,
 * cut-short, foreign or newer archive is refused with a message naming what is wrong.
 */
class BackupArchiveTests {

	@TempDir
	private Path directory;

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	BackupArchiveTests() {
		this.files.put("accounts.json", "[]".getBytes(StandardCharsets.UTF_8));
		this.files.put("images/photo-0123456789ab.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });
		this.files.put("articles/story.md", "---\ntitle: Story\n---\n\nText.\n".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void archiveAsWrittenOpensAndVerifies() throws IOException {
		Path file = write(UnaryOperator.identity(), this.files);
		try (BackupArchive archive = BackupArchive.open(file)) {
			archive.verify();
			assertThat(archive.paths()).containsExactlyElementsOf(this.files.keySet());
			assertThat(archive.read("articles/story.md")).isEqualTo(this.files.get("articles/story.md"));
		}
	}

	@Test
	void fileWhoseBytesChangedIsRefusedByItsChecksum() throws IOException {
		Map<String, byte[]> changed = new LinkedHashMap<>(this.files);
		changed.put("articles/story.md", "---\ntitle: Story\n---\n\nText!\n".getBytes(StandardCharsets.UTF_8));
		Path file = write(UnaryOperator.identity(), changed);
		try (BackupArchive archive = BackupArchive.open(file)) {
			assertThatExceptionOfType(BackupException.class).isThrownBy(archive::verify)
				.withMessageContaining("articles/story.md is not as it was written")
				.withMessageContaining("SHA-256");
		}
	}

	@Test
	void fileOfAnotherSizeIsRefused() throws IOException {
		Map<String, byte[]> changed = new LinkedHashMap<>(this.files);
		changed.put("images/photo-0123456789ab.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		Path file = write(UnaryOperator.identity(), changed);
		try (BackupArchive archive = BackupArchive.open(file)) {
			assertThatExceptionOfType(BackupException.class).isThrownBy(archive::verify)
				.withMessageContaining("images/photo-0123456789ab.png is not as it was written, it is smaller");
		}
	}

	@Test
	void archiveCutShortIsRefused() throws IOException {
		Path file = write(UnaryOperator.identity(), this.files);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThatExceptionOfType(BackupException.class).isThrownBy(() -> BackupArchive.open(file))
			.withMessageContaining("is not a complete zip archive")
			.withMessageContaining("cut short");
	}

	@Test
	void unknownFormatVersionIsRefused() throws IOException {
		Path file = write((manifest) -> new Manifest(manifest.format(), BackupFormat.VERSION + 1, manifest.createdAt(),
				"9.0.0", false, manifest.counts(), manifest.entries()), this.files);
		assertThatExceptionOfType(BackupException.class).isThrownBy(() -> BackupArchive.open(file))
			.withMessageContaining("format version " + (BackupFormat.VERSION + 1) + " (made by a newer Gazette, 9.0.0)")
			.withMessageContaining("restores format version " + BackupFormat.VERSION + " only");
	}

	@Test
	void zipWithoutManifestIsNotABackup() throws IOException {
		Path file = this.directory.resolve("other.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		assertThatExceptionOfType(BackupException.class).isThrownBy(() -> BackupArchive.open(file))
			.withMessageContaining("is not a Gazette backup: it has no manifest.json");
	}

	@Test
	void filesTheManifestDoesNotListOrMissesAreRefused() throws IOException {
		Map<String, byte[]> more = new LinkedHashMap<>(this.files);
		Path extra = write(UnaryOperator.identity(), this.files, Map.of("articles/planted.md", new byte[] { 1 }));
		assertThatExceptionOfType(BackupException.class).isThrownBy(() -> BackupArchive.open(extra))
			.withMessageContaining("holds articles/planted.md, which its manifest does not list");
		more.remove("articles/story.md");
		Path missing = write((manifest) -> manifestOf(this.files), more);
		assertThatExceptionOfType(BackupException.class).isThrownBy(() -> BackupArchive.open(missing))
			.withMessageContaining("articles/story.md, listed in its manifest, is missing");
	}

	private Path write(UnaryOperator<Manifest> manifest, Map<String, byte[]> files) throws IOException {
		return write(manifest, files, Map.of());
	}

	/**
	 * Writes an archive of files with a manifest of those files (as changed), plus files
	 * the manifest does not list.
	 */
	private Path write(UnaryOperator<Manifest> manifest, Map<String, byte[]> files, Map<String, byte[]> unlisted)
			throws IOException {
		Path file = Files.createTempFile(this.directory, "backup", ".zip");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			Map<String, byte[]> all = new LinkedHashMap<>(files);
			all.putAll(unlisted);
			all.put(BackupFormat.MANIFEST, BackupFormat.JSON.writeValueAsBytes(manifest.apply(manifestOf(this.files))));
			for (Map.Entry<String, byte[]> entry : all.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return file;
	}

	private static Manifest manifestOf(Map<String, byte[]> files) {
		List<Entry> entries = new ArrayList<>();
		files.forEach((path, data) -> entries.add(new Entry(path, data.length, BackupFormat.sha256(data))));
		return new Manifest(BackupFormat.FORMAT, BackupFormat.VERSION, Instant.parse("2026-11-28T12:00:00Z"), "test",
				false, new Counts(1, 0, 0, 0, 1, 0), entries);
	}

}
