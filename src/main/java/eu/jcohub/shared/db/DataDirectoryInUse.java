package eu.jcohub.shared.db;

import java.nio.file.Path;

/** Another JCO Hub runs on the data directory: this one must not start a second database on the same files. */
public final class DataDirectoryInUse extends IllegalStateException {

	private final Path directory;
	private final String holder;

	DataDirectoryInUse(Path directory, String holder) {
		super("The data directory " + directory + " is in use by another JCO Hub (process " + holder + ").");
		this.directory = directory;
		this.holder = holder;
	}

	public Path directory() {
		return directory;
	}

	/** The process id the holder wrote into the lock file. */
	public String holder() {
		return holder;
	}
}
