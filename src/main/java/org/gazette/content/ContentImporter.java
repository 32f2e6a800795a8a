package org.gazette.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.gazette.article.ArticleContent;
import org.gazette.article.ArticleService;
import org.gazette.article.ArticleService.ImportOutcome;
import org.gazette.article.ImportedSource;
import org.gazette.article.LeadImage;
import org.gazette.markdown.ImageResolver;
import org.gazette.markdown.ImageResolver.ResolvedImage;
import org.gazette.markdown.MarkdownRenderer;
import org.gazette.markdown.RenderedMarkdown;
import org.gazette.media.InvalidImageException;
import org.gazette.media.Media;
import org.gazette.media.MediaService;
import org.gazette.metrics.GazetteMetrics;
import org.gazette.search.ArticleIndex;
import org.gazette.metrics.GazetteMetrics.ImportResult;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports {@code content/*.md} at start-up, before the application reports itself ready.
 * Every file is validated; a bad one is skipped with one log line naming it and the
 * reason. A file whose bytes did not change since its last import is skipped after
 * hashing it, with no query of its own. Instances sharing a database import one at a time
 * ({@link ContentImportLock}).
 */
@Component
class ContentImporter implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(ContentImporter.class);

	private static final int FILES_PER_TRANSACTION = 100;

	private static final int MAX_DEPTH = 8;

	private static final long MAX_IMAGE_SIZE = 20L * 1024 * 1024;

	private static final String MEDIA_PREFIX = "/media/";

	/**
	 * Files an import indexes for search as it stores them; the rest wait till the end.
	 */
	private static final int FILES_INDEXED_AS_STORED = 500;

	private static final int LOAD_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

	private final ContentProperties properties;

	private final ArticleService articles;

	private final MediaService media;

	private final ImageResolver mediaImages;

	private final TransactionTemplate transaction;

	private final ContentImportLock lock;

	private final GazetteMetrics metrics;

	private final MarkdownRenderer markdown;

	private final ArticleIndex index;

	private final Clock clock;

	ContentImporter(ContentProperties properties, ArticleService articles, MediaService media,
			ImageResolver mediaImages, TransactionTemplate transaction, ContentImportLock lock, GazetteMetrics metrics,
			MarkdownRenderer markdown, ArticleIndex index, Clock clock) {
		this.properties = properties;
		this.articles = articles;
		this.media = media;
		this.mediaImages = mediaImages;
		this.transaction = transaction;
		this.lock = lock;
		this.metrics = metrics;
		this.markdown = markdown;
		this.index = index;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.lock.callExclusively(this::importAll);
	}

	/**
	 * Imports every content file that changed since its last import.
	 * @return what the import did
	 */
	ImportReport importAll() {
		long started = System.nanoTime();
		Path directory = this.properties.dir().toAbsolutePath().normalize();
		if (!Files.isDirectory(directory)) {
			logger.warn("Content directory " + directory
					+ (Files.exists(directory) ? " is not a directory" : " does not exist")
					+ ": no articles imported (set GAZETTE_CONTENT_DIR to change it)");
			return ImportReport.EMPTY;
		}
		ImportRun run;
		List<Path> files;
		try {
			// A content directory that is a link (to a mounted volume, say) is read where
			// it leads.
			run = new ImportRun(directory.toRealPath(), this.articles.importedSources(), this.articles.slugOwners());
			files = markdownFiles(run);
		}
		catch (IOException ex) {
			logger.error("Content directory " + directory + " could not be read: " + reasonOf(ex));
			return ImportReport.EMPTY;
		}
		ExecutorService loaders = Executors.newFixedThreadPool(LOAD_THREADS, (task) -> {
			Thread thread = new Thread(task, "content-load");
			thread.setDaemon(true);
			return thread;
		});
		try {
			// Files are read, hashed, parsed and rendered on every core while the batch
			// before them is stored.
			List<CompletableFuture<Loaded>> next = load(run, files, 0, loaders);
			for (int start = 0; start < files.size(); start += FILES_PER_TRANSACTION) {
				List<CompletableFuture<Loaded>> current = next;
				next = load(run, files, start + FILES_PER_TRANSACTION, loaders);
				List<Prepared> batch = new ArrayList<>();
				for (CompletableFuture<Loaded> loaded : current) {
					run.accept(loaded.join()).ifPresent(batch::add);
				}
				store(run, batch);
			}
		}
		finally {
			loaders.shutdownNow();
		}
		indexDeferred(run);
		ImportReport report = run.report();
		count(report);
		logger.info("Imported content from " + directory + ": " + report + " in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
		return report;
	}

	/**
	 * Indexes for search, all at once and on every core, what a large import stored
	 * without indexing it.
	 */
	private void indexDeferred(ImportRun run) {
		if (run.indexingDeferredSince() == null) {
			return;
		}
		long started = System.nanoTime();
		try {
			this.index.indexChangedSince(run.indexingDeferredSince());
			logger.info(
					"Indexed the imported articles for search in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			logger.warn("Interrupted while indexing the imported articles: the index is rebuilt at the next start");
		}
	}

	private void count(ImportReport report) {
		this.metrics.contentImported(ImportResult.CREATED, report.created());
		this.metrics.contentImported(ImportResult.UPDATED, report.updated());
		this.metrics.contentImported(ImportResult.UNCHANGED, report.unchanged());
		this.metrics.contentImported(ImportResult.KEPT, report.keptEditorVersion());
		this.metrics.contentImported(ImportResult.SKIPPED, report.skipped());
	}

	/**
	 * The markdown files under the content directory, hidden ones left out. A
	 * sub-directory that cannot be read is skipped with a log line, not the whole import;
	 * links to directories are not followed, so no link can lead the walk in circles or
	 * out of the directory.
	 */
	private static List<Path> markdownFiles(ImportRun run) throws IOException {
		Path directory = run.directory();
		List<Path> files = new ArrayList<>();
		Files.walkFileTree(directory, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				return (!dir.equals(directory) && isHidden(dir)) ? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				// Deeper than MAX_DEPTH, a directory is visited as a file.
				if (!attributes.isDirectory() && isMarkdown(file)) {
					files.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path path, IOException ex) throws IOException {
				if (path.equals(directory)) {
					throw ex;
				}
				if (!isHidden(path)) {
					run.skip("directory " + path, reasonOf(ex));
				}
				return FileVisitResult.CONTINUE;
			}

		});
		files.sort(null);
		return files;
	}

	private static boolean isMarkdown(Path file) {
		return file.getFileName().toString().endsWith(".md") && !isHidden(file);
	}

	private static boolean isHidden(Path path) {
		return path.getFileName().toString().startsWith(".");
	}

	/** Why a file or directory could not be read, in a reader's words. */
	private static String reasonOf(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return "unreadable: permission denied";
		}
		if (ex instanceof NoSuchFileException) {
			return "unreadable: it no longer exists";
		}
		return "unreadable: " + ((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName());
	}

	/**
	 * Starts loading the batch of files from {@code start} on the given threads.
	 */
	private List<CompletableFuture<Loaded>> load(ImportRun run, List<Path> files, int start, ExecutorService threads) {
		List<CompletableFuture<Loaded>> batch = new ArrayList<>();
		for (Path file : files.subList(Math.min(files.size(), start),
				Math.min(files.size(), start + FILES_PER_TRANSACTION))) {
			batch.add(CompletableFuture.supplyAsync(() -> run.load(file), threads));
		}
		return batch;
	}

	/**
	 * A file's lead and body rendered ahead, when that needs nothing from the database,
	 * or {@code null}: a file with images is rendered as it is stored, once its images
	 * are.
	 */
	private RenderedMarkdown rendered(ContentFile file) {
		ArticleContent content = file.content();
		if (mayHoldImages(content.summary()) || mayHoldImages(content.bodyMarkdown())) {
			return null;
		}
		try {
			return this.markdown.render(content.summary(), content.bodyMarkdown(), ImageResolver.AS_WRITTEN);
		}
		catch (RuntimeException ex) {
			// Rendered again as it is stored, where a failure skips the file with its
			// reason.
			return null;
		}
	}

	private static boolean mayHoldImages(String markdown) {
		return markdown != null && markdown.contains("![");
	}

	private void store(ImportRun run, List<Prepared> batch) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			run.deferIndexingIfLarge(batch.size());
			List<Runnable> logs = this.transaction.execute((status) -> {
				if (run.indexingDeferredSince() != null) {
					this.index.skipIndexingInCurrentTransaction();
				}
				List<Runnable> outcomes = new ArrayList<>();
				for (Prepared file : batch) {
					outcomes.add(importFile(run, file));
				}
				return outcomes;
			});
			run.imagesCommitted();
			logs.forEach(Runnable::run);
		}
		catch (RuntimeException ex) {
			run.imagesRolledBack();
			if (batch.size() == 1) {
				run.skip(batch.get(0).path(), reasonOf(ex));
				return;
			}
			// One file spoiled the batch: import them one by one so only that one is
			// skipped.
			for (Prepared file : batch) {
				store(run, List.of(file));
			}
		}
	}

	/**
	 * Imports one validated file inside the current transaction, and returns the log line
	 * to write once that transaction has committed.
	 */
	private Runnable importFile(ImportRun run, Prepared file) {
		ContentFile parsed = file.content();
		ArticleContent content = parsed.content();
		if (parsed.image() != null) {
			Media image = image(run, file.path(), parsed.image().path());
			ContentFile.ImageReference lead = parsed.image();
			String alt = (lead.alt() != null) ? lead.alt() : lead.caption();
			content = content.withImage(new LeadImage(image.getName(), alt, lead.caption(), lead.credit(),
					image.getWidth(), image.getHeight()));
		}
		// Images beside the file are stored now and referred to by their media URL, so
		// the text keeps its photos when an editor saves it or exports it elsewhere.
		String body = this.markdown.rewriteImageSources(content.bodyMarkdown(),
				(src) -> isBesideTheFile(src) ? storeImage(run, file.path(), src).url() : src);
		content = new ArticleContent(content.title(), content.slug(), content.summary(), body, content.section(),
				content.tags(), content.author(), content.source(), content.image(), content.status(),
				content.publishedAt(), content.updatedAt(), content.correction());
		ImageResolver images = (src) -> resolveBodyImage(run, file.path(), src);
		ImportOutcome outcome = this.articles.importArticle(content, images, file.source(), file.rendered());
		return () -> run.record(file, outcome);
	}

	/**
	 * A file's image: beside the file, or already uploaded as {@code /media/{name}} (as
	 * the newsroom's export writes it).
	 */
	private Media image(ImportRun run, Path file, String reference) {
		if (reference.startsWith(MEDIA_PREFIX)) {
			return this.media.find(reference.substring(MEDIA_PREFIX.length()))
				.orElseThrow(() -> new ContentImageException("image '" + reference + "' not found"));
		}
		return storeImage(run, file, reference);
	}

	private static boolean isBesideTheFile(String src) {
		return !src.isEmpty() && !src.startsWith("/") && !src.startsWith("#") && !SCHEME.matcher(src).matches();
	}

	private Optional<ResolvedImage> resolveBodyImage(ImportRun run, Path file, String src) {
		if (src.startsWith("/")) {
			// An uploaded photo referenced by its media URL.
			return this.mediaImages.resolve(src);
		}
		if (src.isEmpty() || src.startsWith("#") || SCHEME.matcher(src).matches()) {
			return Optional.empty();
		}
		Media image = storeImage(run, file, src);
		return this.mediaImages.resolve(image.url())
			.or(() -> Optional.of(new ResolvedImage(image.url(), image.getWidth(), image.getHeight(), null)));
	}

	private Media storeImage(ImportRun run, Path file, String reference) {
		Path target = file.getParent().resolve(URLDecoder.decode(reference, StandardCharsets.UTF_8)).normalize();
		if (!target.startsWith(run.directory())) {
			throw new ContentImageException("image '" + reference + "' is outside the content directory");
		}
		Media known = run.storedImage(target);
		if (known != null) {
			return known;
		}
		Media stored = storeImage(target, reference);
		run.imageStored(target, stored);
		return stored;
	}

	private Media storeImage(Path target, String reference) {
		try {
			if (Files.size(target) > MAX_IMAGE_SIZE) {
				throw new ContentImageException("image '" + reference + "' is larger than 20 MB");
			}
			return this.media.store(Files.readAllBytes(target), target.getFileName().toString());
		}
		catch (NoSuchFileException ex) {
			throw new ContentImageException("image '" + reference + "' not found");
		}
		catch (IOException ex) {
			throw new ContentImageException("image '" + reference + "' is unreadable: " + ex.getMessage());
		}
		catch (InvalidImageException ex) {
			throw new ContentImageException("image '" + reference + "' " + ex.getMessage());
		}
	}

	private static String reasonOf(RuntimeException ex) {
		if (ex instanceof ContentImageException) {
			return ex.getMessage();
		}
		if (ex instanceof DataIntegrityViolationException) {
			return "could not be stored: its slug was taken by another article meanwhile";
		}
		return "could not be stored: " + ex.getClass().getSimpleName()
				+ ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	private static String size(long bytes) {
		return (bytes >= 1024 * 1024) ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
				: String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
	}

	static String hash(byte[] bytes) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			// The renderer's version is part of the hash, so a new pipeline re-renders
			// every file.
			digest.update(MarkdownRenderer.VERSION.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			return HexFormat.of().formatHex(digest.digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A file that passed validation, ready to be stored.
	 *
	 * @param path the file
	 * @param source its path and hash, and its article when it was imported before
	 * @param content what it says
	 * @param rendered its lead and body rendered ahead, or {@code null} to render them as
	 * it is stored
	 */
	record Prepared(Path path, ImportedSource source, ContentFile content, RenderedMarkdown rendered) {

		String relativePath() {
			return this.source.path();
		}

	}

	/**
	 * What reading one file found, before anything that depends on the other files is
	 * decided.
	 *
	 * @param path the file
	 * @param relativePath its path in the content directory
	 * @param hash the hash of its bytes, or {@code null} when it could not be read
	 * @param content what it says, or {@code null} when it is unchanged or skipped
	 * @param rendered its lead and body rendered ahead, or {@code null}
	 * @param skipped why it is skipped, or {@code null}
	 */
	record Loaded(Path path, String relativePath, String hash, ContentFile content, RenderedMarkdown rendered,
			String skipped) {

		static Loaded skipped(Path path, String relativePath, String reason) {
			return new Loaded(path, relativePath, null, null, null, reason);
		}

		boolean unchanged() {
			return this.skipped == null && this.content == null;
		}

	}

	/** A content file that cannot be read; it is skipped. */
	static class UnreadableFileException extends RuntimeException {

		UnreadableFileException(String reason) {
			super(reason);
		}

	}

	/** A referenced image that cannot be imported; its file is skipped. */
	static class ContentImageException extends RuntimeException {

		ContentImageException(String message) {
			super(message);
		}

	}

	/** The state of one import: what is known already, what was done so far. */
	private final class ImportRun {

		private final Path directory;

		private final Map<String, ImportedSource> imported;

		private final Map<String, String> slugOwners;

		private int created;

		private int updated;

		private int unchanged;

		private int kept;

		private int skipped;

		private int stored;

		private Instant indexingDeferredSince;

		/** Images stored by committed batches, by file: many articles share a photo. */
		private final Map<Path, Media> images = new HashMap<>();

		/** Images stored by the batch being stored, known once it commits. */
		private final Map<Path, Media> uncommittedImages = new HashMap<>();

		ImportRun(Path directory, Map<String, ImportedSource> imported, Map<String, String> slugOwners) {
			this.directory = directory;
			this.imported = imported;
			this.slugOwners = slugOwners;
		}

		Path directory() {
			return this.directory;
		}

		/**
		 * Once an import has stored many files, the rest are indexed for search all at
		 * once at the end, not one transaction at a time.
		 */
		void deferIndexingIfLarge(int files) {
			this.stored += files;
			if (this.indexingDeferredSince == null && this.stored > FILES_INDEXED_AS_STORED) {
				// A millisecond early: the database may keep times less precisely.
				this.indexingDeferredSince = ContentImporter.this.clock.instant()
					.truncatedTo(ChronoUnit.MILLIS)
					.minusMillis(1);
			}
		}

		Instant indexingDeferredSince() {
			return this.indexingDeferredSince;
		}

		Media storedImage(Path file) {
			Media image = this.uncommittedImages.get(file);
			return (image != null) ? image : this.images.get(file);
		}

		void imageStored(Path file, Media image) {
			this.uncommittedImages.put(file, image);
		}

		void imagesCommitted() {
			this.images.putAll(this.uncommittedImages);
			this.uncommittedImages.clear();
		}

		void imagesRolledBack() {
			this.uncommittedImages.clear();
		}

		/**
		 * Reads, hashes, parses and renders a file. Safe on any thread: it changes
		 * nothing.
		 */
		Loaded load(Path file) {
			String relativePath = this.directory.relativize(file).toString().replace('\\', '/');
			byte[] bytes;
			try {
				bytes = read(file);
			}
			catch (UnreadableFileException ex) {
				return Loaded.skipped(file, relativePath, ex.getMessage());
			}
			String hash = hash(bytes);
			ImportedSource previous = this.imported.get(relativePath);
			if (previous != null && hash.equals(previous.hash())) {
				return new Loaded(file, relativePath, hash, null, null, null);
			}
			ContentFile content;
			try {
				content = ContentFile.read(file.getFileName().toString(), bytes);
			}
			catch (InvalidContentException ex) {
				return Loaded.skipped(file, relativePath, ex.getMessage());
			}
			return new Loaded(file, relativePath, hash, content, rendered(content), null);
		}

		/**
		 * Counts a loaded file, in the order of the files, and decides whether it is
		 * stored: a slug belongs to the first file that has it.
		 */
		Optional<Prepared> accept(Loaded file) {
			if (file.skipped() != null) {
				skip(file.path(), file.skipped());
				return Optional.empty();
			}
			if (file.unchanged()) {
				this.unchanged++;
				return Optional.empty();
			}
			String slug = file.content().content().slug();
			String owner = this.slugOwners.get(slug);
			if (owner != null && !owner.equals(file.relativePath())) {
				skip(file.path(), "duplicate slug '" + slug + "': "
						+ (owner.isEmpty() ? "an article written in the admin has it" : owner + " has it"));
				return Optional.empty();
			}
			this.slugOwners.put(slug, file.relativePath());
			ImportedSource previous = this.imported.get(file.relativePath());
			Long articleId = (previous != null) ? previous.articleId() : null;
			return Optional.of(new Prepared(file.path(),
					new ImportedSource(file.relativePath(), file.hash(), articleId), file.content(), file.rendered()));
		}

		void record(Prepared file, ImportOutcome outcome) {
			switch (outcome) {
				case CREATED -> this.created++;
				case UPDATED -> this.updated++;
				case KEPT_EDITOR_VERSION -> {
					this.kept++;
					logger.warn("Content file " + file.relativePath() + " changed, but its article '"
							+ file.content().content().slug()
							+ "' was edited in the admin since its import: the editor's version stays");
				}
			}
		}

		/**
		 * A file's bytes: only regular files are read (a named pipe would block the
		 * start-up for ever), and never more than the limit, even if the file grows
		 * meanwhile.
		 * @throws UnreadableFileException why the file is skipped
		 */
		private byte[] read(Path file) {
			long limit = ContentImporter.this.properties.maxFileSize();
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				if (attributes.isDirectory()) {
					throw new UnreadableFileException("a link to a directory: links to directories are not followed");
				}
				if (!attributes.isRegularFile()) {
					throw new UnreadableFileException("not a regular file (a pipe, socket or device): not read");
				}
				byte[] bytes;
				try (InputStream in = Files.newInputStream(file)) {
					bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
				}
				if (bytes.length > limit) {
					throw new UnreadableFileException("too large: " + size(Math.max(attributes.size(), bytes.length))
							+ ", over the limit of " + size(limit) + " (GAZETTE_CONTENT_MAX_FILE_SIZE)");
				}
				return bytes;
			}
			catch (NoSuchFileException ex) {
				throw new UnreadableFileException(
						Files.isSymbolicLink(file) ? "unreadable: a symbolic link to nothing" : reasonOf(ex));
			}
			catch (IOException ex) {
				throw new UnreadableFileException(reasonOf(ex));
			}
		}

		void skip(Path file, String reason) {
			skip("file " + file, reason);
		}

		void skip(String what, String reason) {
			this.skipped++;
			logger.warn("Skipped content " + what + ": " + reason);
		}

		ImportReport report() {
			return new ImportReport(this.created, this.updated, this.unchanged, this.kept, this.skipped);
		}

	}

}
