package eu.jcohub.library.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the Library keeps its document files and how large one may be ({@code jcohub.library.*}).
 *
 * @param directory the folder of the document files, {@code <JCOHUB_DATA_DIR>/library} unless set
 * @param maxDocumentSize the largest document accepted; the server's upload limit
 *        ({@code spring.servlet.multipart.max-file-size}) must be at least as large
 */
@ConfigurationProperties("jcohub.library")
public record LibrarySettings(@Nullable Path directory, @Nullable DataSize maxDocumentSize) {

	public LibrarySettings {
		if (directory == null) {
			directory = Path.of("./data/library");
		}
		if (maxDocumentSize == null) {
			maxDocumentSize = DataSize.ofMegabytes(5);
		}
	}

	public Path directory() {
		return java.util.Objects.requireNonNull(directory);
	}

	public DataSize maxDocumentSize() {
		return java.util.Objects.requireNonNull(maxDocumentSize);
	}
}
