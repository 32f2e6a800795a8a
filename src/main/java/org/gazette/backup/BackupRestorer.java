package org.gazette.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.gazette.account.AccountService;
import org.gazette.account.ArchivedAccount;
import org.gazette.article.ArchivedArticle;
import org.gazette.article.ArticleArchive;
import org.gazette.article.ArticleContent;
import org.gazette.article.LeadImage;
import org.gazette.article.Revision;
import org.gazette.article.RevisionSummary;
import org.gazette.backup.BackupFormat.ArticleRecord;
import org.gazette.backup.BackupFormat.Counts;
import org.gazette.content.ContentExport;
import org.gazette.media.ArchivedImage;
import org.gazette.media.MediaService;
import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Component;

/**
 * Restores a backup archive into an empty database. The archive is checked whole first
 * (manifest, format version, every file's SHA-256) and the database must hold no article,
 * image or account: a refusal changes nothing. Then accounts, images (with resized copies
 * made again) and articles (rendered again, revisions and old slugs with them) are stored
 * as they were, a batch per transaction; the search index follows each commit.
 */
@Component
class BackupRestorer {

	private static final Log logger = LogFactory.getLog(BackupRestorer.class);

	private static final int ARTICLES_PER_BATCH = 100;

	private static final TypeReference<List<ArchivedAccount>> ACCOUNTS = new TypeReference<>() {
	};

	private static final TypeReference<ArchivedImage> IMAGE = new TypeReference<>() {
	};

	private static final TypeReference<ArticleRecord> ARTICLE = new TypeReference<>() {
	};

	private final ArticleArchive articles;

	private final MediaService media;

	private final AccountService accounts;

	BackupRestorer(ArticleArchive articles, MediaService media, AccountService accounts) {
		this.articles = articles;
		this.media = media;
		this.accounts = accounts;
	}

	/**
	 * Restores a backup.
	 * @param file the archive
	 * @return what was restored
	 * @throws BackupException when the archive is damaged or not one this build restores,
	 * or the database is not empty (then nothing was changed), or the restore failed part
	 * way
	 */
	Counts restore(Path file) {
		try (BackupArchive archive = refusedUnlessRestorable(file)) {
			Progress progress = new Progress(archive.manifest().counts());
			try {
				restore(archive, progress);
			}
			catch (RuntimeException ex) {
				throw new BackupException("Restore failed after " + progress + ": " + reason(ex)
						+ ". The database holds part of the backup: empty it before restoring again", ex);
			}
			return progress.counts();
		}
	}

	/**
	 * Opens and checks the archive, and checks the database is empty, before anything is
	 * written.
	 */
	private BackupArchive refusedUnlessRestorable(Path file) {
		BackupArchive archive = null;
		try {
			archive = BackupArchive.open(file);
			archive.verify();
			long articles = this.articles.count();
			long images = this.media.count();
			long accounts = this.accounts.count();
			if (articles + images + accounts > 0) {
				throw new BackupException("the database is not empty (it holds " + articles + " articles, " + images
						+ " images and " + accounts + " accounts): restore into a new, empty database, an H2 file in"
						+ " a new GAZETTE_DATA_DIR or a newly created PostgreSQL database");
			}
			return archive;
		}
		catch (BackupException ex) {
			if (archive != null) {
				archive.close();
			}
			throw new BackupException("Restore refused: " + ex.getMessage() + ". Nothing was changed", ex);
		}
	}

	private void restore(BackupArchive archive, Progress progress) {
		List<ArchivedAccount> accounts = archive.json(BackupFormat.ACCOUNTS, ACCOUNTS);
		this.accounts.restore(accounts);
		progress.restoredAccounts(accounts.size());
		Map<String, ArchivedImage> images = new HashMap<>();
		for (String path : archive.paths()) {
			String name = BackupFormat.imageNameOf(path);
			if (name != null) {
				ArchivedImage image = archive.json(path, IMAGE);
				this.media.restore(image, archive.read(BackupFormat.image(name)));
				images.put(name, image);
				progress.restoredImage();
			}
		}
		List<ArchivedArticle> batch = new ArrayList<>();
		for (String path : archive.paths()) {
			String slug = BackupFormat.articleSlugOf(path);
			if (slug != null) {
				batch.add(article(archive, slug, archive.json(path, ARTICLE), images));
				if (batch.size() == ARTICLES_PER_BATCH) {
					restore(batch, progress);
				}
			}
		}
		restore(batch, progress);
	}

	private void restore(List<ArchivedArticle> batch, Progress progress) {
		if (batch.isEmpty()) {
			return;
		}
		this.articles.restore(batch);
		progress.restoredArticles(batch);
		batch.clear();
	}

	private static ArchivedArticle article(BackupArchive archive, String slug, ArticleRecord record,
			Map<String, ArchivedImage> images) {
		ArticleContent content = content(archive, BackupFormat.article(slug), images);
		List<Revision> revisions = new ArrayList<>();
		for (RevisionSummary revision : record.revisions()) {
			revisions
				.add(new Revision(revision, content(archive, BackupFormat.revision(slug, revision.number()), images)));
		}
		return new ArchivedArticle(record.id(), content, record.newsroom(), revisions, record.aliases());
	}

	/**
	 * Reads a content file; its lead image gets the size of the image it names, as the
	 * newsroom and the importer give it.
	 */
	private static ArticleContent content(BackupArchive archive, String path, Map<String, ArchivedImage> images) {
		ArticleContent content;
		try {
			content = ContentExport.read(archive.read(path));
		}
		catch (IllegalArgumentException ex) {
			throw new BackupException(path + " is not a content file: " + ex.getMessage(), ex);
		}
		LeadImage lead = content.image();
		if (lead == null) {
			return content;
		}
		ArchivedImage image = images.get(lead.name());
		return content.withImage(new LeadImage(lead.name(), lead.alt(), lead.caption(), lead.credit(),
				(image != null) ? image.width() : null, (image != null) ? image.height() : null));
	}

	private static String reason(RuntimeException ex) {
		return (ex instanceof BackupException) ? ex.getMessage()
				: ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	/** What has been restored so far, of how much. */
	private static final class Progress {

		private final Counts expected;

		private Counts restored = Counts.NONE;

		Progress(Counts expected) {
			this.expected = expected;
		}

		void restoredAccounts(int accounts) {
			this.restored = this.restored.withAccounts(accounts);
		}

		void restoredImage() {
			this.restored = this.restored.withImages(1);
		}

		void restoredArticles(List<ArchivedArticle> batch) {
			for (ArchivedArticle article : batch) {
				this.restored = this.restored.with(article);
			}
			if (this.restored.articles() % 1000 < batch.size()) {
				logger.info("Restored " + this.restored.articles() + " of " + this.expected.articles() + " articles");
			}
		}

		Counts counts() {
			return this.restored;
		}

		@Override
		public String toString() {
			return this.restored.accounts() + " accounts, " + this.restored.images() + " of " + this.expected.images()
					+ " images and " + this.restored.articles() + " of " + this.expected.articles() + " articles";
		}

	}

}
