package eu.jcohub.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * One JCO Hub per data directory: an exclusive lock on {@code jcohub.lock} in it, held while this JVM runs the
 * embedded database there. The operating system releases it when the process ends, however it ends, so a crash
 * never leaves a lock behind; a second application started on the same directory meanwhile is refused.
 */
final class DataDirectoryLock implements AutoCloseable {

	static final String FILE = "jcohub.lock";

	/**
	 * Directories this JVM holds. File locks belong to the process: opening and closing the lock file a second time
	 * here would release the lock, so a second attempt from this JVM is refused without touching the file.
	 */
	private static final Set<Path> HELD = new HashSet<>();

	private final Path directory;
	private final FileChannel channel;
	private final FileLock lock;

	private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
		this.directory = directory;
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path dataDirectory) {
		var directory = dataDirectory.toAbsolutePath().normalize();
		synchronized (HELD) {
			if (HELD.contains(directory)) {
				throw new DataDirectoryInUse(directory, Long.toString(ProcessHandle.current().pid()));
			}
			try {
				Files.createDirectories(directory);
				var file = directory.resolve(FILE);
				var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
						StandardOpenOption.WRITE);
				var lock = channel.tryLock();
				if (lock == null) {
					var holder = Files.readString(file, StandardCharsets.UTF_8).strip();
					channel.close();
					throw new DataDirectoryInUse(directory, holder.isEmpty() ? "unknown" : holder);
				}
				channel.truncate(0);
				channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
				channel.force(true);
				HELD.add(directory);
				return new DataDirectoryLock(directory, channel, lock);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not lock the data directory " + directory, e);
			}
		}
	}

	@Override
	public void close() {
		synchronized (HELD) {
			try {
				lock.release();
				channel.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			finally {
				HELD.remove(directory);
			}
		}
	}
}
