package eu.jcohub.backup;

import eu.jcohub.access.AccessPolicy;
import eu.jcohub.backup.internal.BackupFormat.Manifest;
import eu.jcohub.backup.internal.BackupWriter;
import eu.jcohub.shared.RecordChanged;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking backups: for an administrator to download, and daily into the backup directory, keeping the newest few.
 * Each is in the audit trail as started (written before the snapshot, so the backup holds its own entry; a download
 * broken off stays recorded as started).
 */
@Service
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);
	private static final String PREFIX = "jcohub-backup-";
	private static final String SUFFIX = ".zip";

	private final DataSource dataSource;
	private final AccessPolicy access;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final BackupSettings settings;
	private final String application;

	Backups(DataSource dataSource, AccessPolicy access, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, BackupSettings settings,
			ObjectProvider<BuildProperties> build) {
		this.dataSource = dataSource;
		this.access = access;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.settings = settings;
		var properties = build.getIfAvailable();
		this.application = "JCO Hub " + (properties == null ? "(development)" : properties.getVersion());
	}

	/** Only administrators take backups: a backup holds every record, whoever owns it. */
	public void requireMayTake() {
		access.visibility().require(BackupRules.TAKE);
	}

	/** The file name a backup taken now gets. */
	public String nameNow() {
		return PREFIX + STAMP.format(Instant.now(clock)) + SUFFIX;
	}

	/** Writes a backup for the current administrator to download. */
	public Manifest download(String name, OutputStream out) {
		requireMayTake();
		audit(name, "download");
		return write(name, out);
	}

	/** Writes a backup into the backup directory and deletes the oldest beyond the number kept. */
	Path toDirectory() {
		var directory = settings.path();
		var name = nameNow();
		var partial = directory.resolve(name + ".part");
		try {
			Files.createDirectories(directory);
			audit(name, "schedule");
			try (var channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					var out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				write(name, out);
				out.flush();
				// On disk before it gets its final name: a crash never leaves a complete-looking partial backup.
				channel.force(true);
			}
			var file = Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			prune(directory);
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the backup into " + directory, e);
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException e) {
				log.warn("Could not remove the unfinished backup {}", partial, e);
			}
		}
	}

	/** The backups in the backup directory, newest first. */
	public List<StoredBackup> stored() {
		var directory = settings.path();
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(Backups::isBackup).map(Backups::stored)
				.sorted(Comparator.comparing(StoredBackup::name).reversed()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public BackupSchedule schedule() {
		return new BackupSchedule(settings.scheduled(), settings.cron(), settings.path().toString(), settings.keep());
	}

	private Manifest write(String name, OutputStream out) {
		long started = System.nanoTime();
		try {
			var manifest = BackupWriter.write(dataSource, out, application);
			log.info("Backup {} taken: {} tables in {} ms", name, manifest.tables().size(),
					(System.nanoTime() - started) / 1_000_000);
			return manifest;
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("The backup " + name + " could not be read", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The backup " + name + " could not be written", e);
		}
	}

	private void audit(String name, String trigger) {
		transactions.executeWithoutResult(status -> events.publishEvent(RecordChanged
			.of(BackupAuditVocabulary.BACKUP, name, BackupAuditVocabulary.TAKEN, Map.of("trigger", trigger))
			.labelled(name)));
	}

	private void prune(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			var old = files.filter(Backups::isBackup).sorted(Comparator.comparing(Path::getFileName).reversed())
				.skip(settings.keep()).toList();
			for (var file : old) {
				Files.deleteIfExists(file);
				log.info("Deleted the old backup {} (keeping the newest {})", file.getFileName(), settings.keep());
			}
		}
	}

	private static boolean isBackup(Path file) {
		var name = file.getFileName().toString();
		return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file);
	}

	private static StoredBackup stored(Path file) {
		try {
			return new StoredBackup(file.getFileName().toString(), Files.size(file),
					Files.getLastModifiedTime(file).toInstant());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
