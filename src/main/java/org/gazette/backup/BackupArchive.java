package org.gazette.backup;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.gazette.backup.BackupFormat.Entry;
import org.gazette.backup.BackupFormat.Manifest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * A backup archive opened for restoring. Opening it reads its manifest and refuses an
 * archive that is not a complete zip, not a Gazette backup, of a format version this
 * build does not read, or that holds other files than its manifest lists;
 * {@link #verify()} then checks every file's size and SHA-256, before anything is
 * restored.
 */
final class BackupArchive implements Closeable {

	private static final int MAX_MANIFEST_SIZE = 256 * 1024 * 1024;

	private final Path file;

	private final ZipFile zip;

	private final Manifest manifest;

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private BackupArchive(Path file, ZipFile zip, Manifest manifest) {
		this.file = file;
		this.zip = zip;
		this.manifest = manifest;
		manifest.entries().forEach((entry) -> this.entries.put(entry.path(), entry));
	}

	/**
	 * Opens an archive and reads its manifest.
	 * @param file the archive
	 * @return the open archive
	 * @throws BackupException when it is not a backup this build can restore
	 */
	static BackupArchive open(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new BackupException(file.toAbsolutePath() + " is not a file");
		}
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			throw new BackupException(
					file + " is not a complete zip archive (" + ex.getMessage() + "): it is damaged or was cut short");
		}
		catch (IOException ex) {
			throw new BackupException(file + " cannot be read: " + ex.getMessage(), ex);
		}
		try {
			Manifest manifest = manifest(file, zip);
			checkFilesListed(file, zip, manifest);
			return new BackupArchive(file, zip, manifest);
		}
		catch (RuntimeException ex) {
			closeQuietly(zip);
			throw ex;
		}
	}

	private static Manifest manifest(Path file, ZipFile zip) {
		ZipEntry entry = zip.getEntry(BackupFormat.MANIFEST);
		if (entry == null) {
			throw new BackupException(file + " is not a Gazette backup: it has no " + BackupFormat.MANIFEST);
		}
		Manifest manifest;
		try {
			manifest = BackupFormat.JSON.readValue(read(file, zip, entry, MAX_MANIFEST_SIZE), Manifest.class);
		}
		catch (JacksonException ex) {
			throw new BackupException(file + " is damaged: its " + BackupFormat.MANIFEST + " cannot be read ("
					+ ex.getOriginalMessage() + ")");
		}
		if (!BackupFormat.FORMAT.equals(manifest.format()) || manifest.entries() == null) {
			throw new BackupException(file + " is not a Gazette backup: its " + BackupFormat.MANIFEST
					+ " does not say format '" + BackupFormat.FORMAT + "'");
		}
		if (manifest.formatVersion() != BackupFormat.VERSION) {
			throw new BackupException(file + " is a backup of format version " + manifest.formatVersion()
					+ (manifest.formatVersion() > BackupFormat.VERSION
							? " (made by a newer Gazette, " + manifest.applicationVersion() + ")" : "")
					+ ": this Gazette restores format version " + BackupFormat.VERSION + " only");
		}
		return manifest;
	}

	private static void checkFilesListed(Path file, ZipFile zip, Manifest manifest) {
		Set<String> listed = new HashSet<>();
		for (Entry entry : manifest.entries()) {
			if (!listed.add(entry.path())) {
				throw new BackupException(file + " is damaged: its manifest lists " + entry.path() + " twice");
			}
			if (zip.getEntry(entry.path()) == null) {
				throw new BackupException(
						file + " is damaged or incomplete: " + entry.path() + ", listed in its manifest, is missing");
			}
		}
		Enumeration<? extends ZipEntry> present = zip.entries();
		while (present.hasMoreElements()) {
			String name = present.nextElement().getName();
			if (!name.equals(BackupFormat.MANIFEST) && !listed.contains(name)) {
				throw new BackupException(
						file + " is not as it was written: it holds " + name + ", which its manifest does not list");
			}
		}
	}

	Manifest manifest() {
		return this.manifest;
	}

	/**
	 * Checks every file against the size and SHA-256 its manifest gives.
	 * @throws BackupException naming the first file that differs
	 */
	void verify() {
		byte[] buffer = new byte[64 * 1024];
		for (Entry entry : this.manifest.entries()) {
			MessageDigest digest = BackupFormat.sha256();
			long size = 0;
			try (InputStream in = this.zip.getInputStream(this.zip.getEntry(entry.path()))) {
				for (int read = in.read(buffer); read >= 0 && size <= entry.size(); read = in.read(buffer)) {
					digest.update(buffer, 0, read);
					size += read;
				}
			}
			catch (IOException ex) {
				throw damaged(entry, "it cannot be read (" + ex.getMessage() + ")");
			}
			if (size != entry.size()) {
				throw damaged(entry,
						"it is " + ((size > entry.size()) ? "larger" : "smaller") + " than its manifest says");
			}
			if (!HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
				throw damaged(entry, "its SHA-256 differs from its manifest's");
			}
		}
	}

	/**
	 * The files the manifest lists, in the order they were written.
	 * @return their paths
	 */
	List<String> paths() {
		return List.copyOf(this.entries.keySet());
	}

	/**
	 * Reads a file the manifest lists.
	 * @param path its path
	 * @return its bytes
	 */
	byte[] read(String path) {
		Entry entry = this.entries.get(path);
		if (entry == null) {
			throw new BackupException(this.file + " is incomplete: it has no " + path);
		}
		return read(this.file, this.zip, this.zip.getEntry(path), entry.size());
	}

	/**
	 * Reads a JSON document the manifest lists.
	 * @param <T> what it holds
	 * @param path its path
	 * @param type what it holds
	 * @return its contents
	 */
	<T> T json(String path, TypeReference<T> type) {
		try {
			return BackupFormat.JSON.readValue(read(path), type);
		}
		catch (JacksonException ex) {
			throw new BackupException(this.file + ": " + path + " cannot be read (" + ex.getOriginalMessage() + ")");
		}
	}

	private static byte[] read(Path file, ZipFile zip, ZipEntry entry, long maxSize) {
		if (maxSize > Integer.MAX_VALUE - 8) {
			throw new BackupException(file + ": " + entry.getName() + " is too large to restore");
		}
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] data = in.readNBytes((int) maxSize + 1);
			if (data.length > maxSize) {
				throw new BackupException(file + " is damaged: " + entry.getName() + " is larger than it should be");
			}
			return data;
		}
		catch (IOException ex) {
			throw new BackupException(
					file + " is damaged: " + entry.getName() + " cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	private BackupException damaged(Entry entry, String why) {
		return new BackupException(this.file + " is damaged: " + entry.path() + " is not as it was written, " + why);
	}

	@Override
	public void close() {
		closeQuietly(this.zip);
	}

	private static void closeQuietly(ZipFile zip) {
		try {
			zip.close();
		}
		catch (IOException ex) {
			// Only read from: nothing is lost.
		}
	}

}
