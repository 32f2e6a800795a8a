package org.gazette.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gazette.account.AccountService;
import org.gazette.account.ArchivedAccount;
import org.gazette.article.ArchivedArticle;
import org.gazette.article.ArticleArchive;
import org.gazette.article.Revision;
import org.gazette.backup.BackupFormat.ArticleRecord;
import org.gazette.backup.BackupFormat.Counts;
import org.gazette.backup.BackupFormat.Entry;
import org.gazette.backup.BackupFormat.Manifest;
import org.gazette.content.ContentExport;
import org.gazette.media.ArchivedImage;
import org.gazette.media.MediaService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a backup archive (see {@link BackupFormat}) from one read-only, repeatable-read
 * transaction, so that what is saved meanwhile is either wholly in it or not at all.
 * Articles are read a batch at a time and images one at a time: memory does not grow with
 * the size of the site.
 */
@Component
class BackupWriter {

	private static final int ARTICLES_PER_BATCH = 100;

	private final ArticleArchive articles;

	private final MediaService media;

	private final AccountService accounts;

	private final TransactionTemplate snapshot;

	private final Clock clock;

	private final String applicationVersion;

	BackupWriter(ArticleArchive articles, MediaService media, AccountService accounts,
			PlatformTransactionManager transactions, Clock clock, ObjectProvider<BuildProperties> build) {
		this.articles = articles;
		this.media = media;
		this.accounts = accounts;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.clock = clock;
		BuildProperties properties = build.getIfAvailable();
		this.applicationVersion = (properties != null) ? properties.getVersion() : "unknown";
	}

	/**
	 * Writes a backup to a file: first beside it under a temporary name, then renamed, so
	 * that the file is never a backup cut short.
	 * @param file where to write it; an existing file is replaced
	 * @param includePasswordHashes whether the accounts keep their password hashes
	 * @return the backup's manifest
	 * @throws BackupException when the file cannot be written
	 */
	Manifest write(Path file, boolean includePasswordHashes) {
		Path target = file.toAbsolutePath().normalize();
		Path directory = target.getParent();
		if (!Files.isDirectory(directory)) {
			throw new BackupException("Cannot write the backup: the directory " + directory + " does not exist");
		}
		Path partial;
		try {
			partial = Files.createTempFile(directory, "." + target.getFileName(), ".partial");
		}
		catch (IOException ex) {
			throw new BackupException("Cannot write the backup in " + directory + ": " + reason(ex), ex);
		}
		try {
			Manifest manifest;
			try (OutputStream out = Files.newOutputStream(partial)) {
				manifest = this.snapshot.execute((status) -> write(out, includePasswordHashes));
			}
			move(partial, target);
			return manifest;
		}
		catch (IOException | UncheckedIOException ex) {
			throw new BackupException("Cannot write the backup to " + target + ": " + reason(ex), ex);
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ex) {
				// Left behind with a name that says what it is.
			}
		}
	}

	private Manifest write(OutputStream out, boolean includePasswordHashes) {
		Instant createdAt = this.clock.instant();
		Archive archive = new Archive(out, createdAt);
		List<ArchivedAccount> accounts = this.accounts.archive(includePasswordHashes);
		archive.json(BackupFormat.ACCOUNTS, accounts);
		List<ArchivedImage> images = this.media.originals();
		for (ArchivedImage image : images) {
			byte[] data = this.media.data(image.name())
				.orElseThrow(() -> new IllegalStateException("Image " + image.name() + " vanished during the backup"));
			archive.stored(BackupFormat.image(image.name()), data);
			archive.json(BackupFormat.imageRecord(image.name()), image);
		}
		Counts counts = Counts.NONE.withAccounts(accounts.size()).withImages(images.size());
		List<ArchivedArticle> batch = this.articles.after(0, ARTICLES_PER_BATCH);
		while (!batch.isEmpty()) {
			for (ArchivedArticle article : batch) {
				String slug = article.content().slug();
				archive.text(BackupFormat.article(slug), ContentExport.markdownFile(article.content()));
				archive.json(BackupFormat.articleRecord(slug), new ArticleRecord(article.id(), article.newsroom(),
						article.revisions().stream().map(Revision::summary).toList(), article.aliases()));
				for (Revision revision : article.revisions()) {
					archive.text(BackupFormat.revision(slug, revision.summary().number()),
							ContentExport.markdownFile(revision.content()));
				}
				counts = counts.with(article);
			}
			batch = this.articles.after(batch.get(batch.size() - 1).id(), ARTICLES_PER_BATCH);
		}
		Manifest manifest = new Manifest(BackupFormat.FORMAT, BackupFormat.VERSION, createdAt, this.applicationVersion,
				includePasswordHashes, counts, archive.entries());
		archive.json(BackupFormat.MANIFEST, manifest);
		archive.finish();
		return manifest;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String reason(Exception ex) {
		Throwable cause = (ex instanceof UncheckedIOException unchecked) ? unchecked.getCause() : ex;
		if (cause instanceof NoSuchFileException missing) {
			return "no such file or directory: " + missing.getFile();
		}
		return cause.getClass().getSimpleName() + ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
	}

	/**
	 * The zip being written, with the size and SHA-256 of every file put into it. Text is
	 * compressed; images, compressed already, are stored as they are.
	 */
	private static final class Archive {

		private final ZipOutputStream zip;

		private final Instant time;

		private final List<Entry> entries = new ArrayList<>();

		Archive(OutputStream out, Instant time) {
			this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			this.time = time;
		}

		void text(String path, String text) {
			put(new ZipEntry(path), text.getBytes(StandardCharsets.UTF_8));
		}

		void json(String path, Object value) {
			put(new ZipEntry(path), BackupFormat.JSON.writeValueAsBytes(value));
		}

		void stored(String path, byte[] data) {
			ZipEntry entry = new ZipEntry(path);
			CRC32 crc = new CRC32();
			crc.update(data);
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(data.length);
			entry.setCompressedSize(data.length);
			entry.setCrc(crc.getValue());
			put(entry, data);
		}

		private void put(ZipEntry entry, byte[] data) {
			entry.setTime(this.time.toEpochMilli());
			try {
				this.zip.putNextEntry(entry);
				this.zip.write(data);
				this.zip.closeEntry();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.entries.add(new Entry(entry.getName(), data.length, BackupFormat.sha256(data)));
		}

		List<Entry> entries() {
			return List.copyOf(this.entries);
		}

		void finish() {
			try {
				this.zip.finish();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
