package eu.jcohub.backup.internal;

import eu.jcohub.backup.internal.BackupFormat.Manifest;
import eu.jcohub.backup.internal.BackupFormat.SequenceValue;
import eu.jcohub.backup.internal.BackupFormat.Summary;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import tools.jackson.core.type.TypeReference;

/** Reads a backup file front to back: its manifest, then each entry as it comes. */
final class BackupReader implements AutoCloseable {

	private final ZipInputStream zip;

	private BackupReader(ZipInputStream zip) {
		this.zip = zip;
	}

	static BackupReader open(Path file) throws IOException {
		return new BackupReader(new ZipInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)));
	}

	/** The manifest, which a backup file must begin with. */
	Manifest manifest() throws IOException {
		var entry = zip.getNextEntry();
		if (entry == null || !entry.getName().equals(BackupFormat.MANIFEST)) {
			throw new InvalidBackup("it does not begin with a JCO Hub backup manifest");
		}
		var manifest = BackupWriter.JSON.readValue(zip.readAllBytes(), Manifest.class);
		if (manifest.format() != BackupFormat.VERSION) {
			throw new InvalidBackup("it is in format " + manifest.format() + ", and this JCO Hub reads format "
					+ BackupFormat.VERSION);
		}
		return manifest;
	}

	/** The next entry, or null at the end. */
	ZipEntry next() throws IOException {
		return zip.getNextEntry();
	}

	/** The current entry's content, read as it is consumed. */
	InputStream content() {
		return zip;
	}

	List<SequenceValue> sequences() throws IOException {
		return BackupWriter.JSON.readValue(zip.readAllBytes(), new TypeReference<List<SequenceValue>>() {
		});
	}

	Summary summary() throws IOException {
		return BackupWriter.JSON.readValue(zip.readAllBytes(), Summary.class);
	}

	/**
	 * Reads the whole file and checks each table's data against the summary at its end: a damaged or truncated
	 * backup is refused before anything is written.
	 */
	static Manifest check(Path file) throws IOException {
		try (var reader = open(file)) {
			var manifest = reader.manifest();
			Map<String, TableSum> read = new LinkedHashMap<>();
			Summary summary = null;
			ZipEntry entry;
			while ((entry = reader.next()) != null) {
				var name = entry.getName();
				if (name.startsWith(BackupFormat.DATA)) {
					var tally = new Tally();
					tally.counting(reader.content()).transferTo(OutputStream.nullOutputStream());
					read.put(name.substring(BackupFormat.DATA.length(), name.length() - ".tsv".length()), tally.sum());
				}
				else if (name.equals(BackupFormat.SUMMARY)) {
					summary = reader.summary();
				}
			}
			if (summary == null) {
				throw new InvalidBackup("it is incomplete: its summary is missing (did the download break off?)");
			}
			var expected = new LinkedHashMap<String, TableSum>();
			manifest.tables().forEach(table -> expected.put(table.name(), null));
			if (!read.keySet().equals(expected.keySet()) || !read.equals(summary.tables())) {
				throw new InvalidBackup("its data do not match its summary: it was damaged after it was written");
			}
			return manifest;
		}
		catch (ZipException e) {
			throw new InvalidBackup("it is not a readable ZIP file (" + e.getMessage() + ")");
		}
		catch (EOFException e) {
			throw new InvalidBackup("it is incomplete: the file ends early (did the download break off?)");
		}
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}
}
