package eu.jcohub.library.internal;

import eu.jcohub.shared.OperationId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Library's document files, outside the database, under {@code <data directory>/library/<operation>/<document>}:
 * named by ids only, so no uploaded name ever becomes a path. A file is written whole or not at all (a temporary
 * file, flushed to disk, then moved into place in one step), and only stays if the transaction that records it
 * commits: a refused or failed upload leaves no file behind.
 */
@Component
public class DocumentFiles {

	private static final Logger log = LoggerFactory.getLogger(DocumentFiles.class);
	static final String PARTIAL = ".part";
	private final Path root;

	DocumentFiles(LibrarySettings settings) {
		this.root = settings.directory().toAbsolutePath().normalize();
	}

	/** Writes the document's file; within a transaction it is removed again unless the transaction commits. */
	public void store(OperationId operation, UUID document, byte[] content) {
		var target = pathOf(operation, document);
		Path temporary = null;
		try {
			Files.createDirectories(target.getParent());
			temporary = Files.createTempFile(target.getParent(), document.toString(), PARTIAL);
			try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				var buffer = java.nio.ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			moveIntoPlace(temporary, target);
		}
		catch (IOException e) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("the document could not be stored", e);
		}
		catch (RuntimeException e) {
			deleteQuietly(temporary);
			throw e;
		}
		removeUnlessCommitted(target);
	}

	/**
	 * Removes a document's file once the transaction that removed its row commits: a removal that fails keeps the
	 * file its row still names. Should the instance stop in between, the sweep removes the file, which no row names.
	 */
	public void removeWhenCommitted(OperationId operation, UUID document) {
		var target = pathOf(operation, document);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			deleteQuietly(target);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				deleteQuietly(target);
			}
		});
	}

	public byte[] read(OperationId operation, UUID document) {
		try {
			return Files.readAllBytes(pathOf(operation, document));
		}
		catch (NoSuchFileException missing) {
			throw new IllegalStateException("the file of document " + document + " is missing from " + root, missing);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether a document's file is there (for tests and the sweep). */
	public boolean exists(OperationId operation, UUID document) {
		return Files.exists(pathOf(operation, document));
	}

	/** Every file under the Library's folder, temporary ones included: what is left after a failure shows here. */
	public Set<Path> allFiles() {
		if (!Files.isDirectory(root)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Removes files that no document row names and temporary files, left by an instance that stopped between
	 * writing a file and committing its row. Only files older than {@code age}: younger ones may belong to an upload
	 * still under way on another instance.
	 */
	public int sweep(Set<UUID> known, Duration age, Instant now) {
		int removed = 0;
		for (var file : allFiles()) {
			var name = file.getFileName().toString();
			boolean orphan = name.endsWith(PARTIAL) || !known.contains(idOf(name));
			if (orphan && olderThan(file, now.minus(age))) {
				deleteQuietly(file);
				removed++;
			}
		}
		return removed;
	}

	Path root() {
		return root;
	}

	private Path pathOf(OperationId operation, UUID document) {
		return root.resolve(operation.value().toString()).resolve(document.toString());
	}

	/** A rename within one folder: readers see no file or the whole file, never a part of it. */
	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void removeUnlessCommitted(Path target) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					deleteQuietly(target);
				}
			}
		});
	}

	private static UUID idOf(String name) {
		try {
			return UUID.fromString(name);
		}
		catch (IllegalArgumentException notAnId) {
			return new UUID(0, 0);
		}
	}

	private static boolean olderThan(Path file, Instant moment) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(moment);
		}
		catch (IOException e) {
			return false;
		}
	}

	private static void deleteQuietly(@org.jspecify.annotations.Nullable Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not remove {}: {}", file, e.getMessage());
		}
	}
}
