package eu.jcohub.library.internal;

import eu.jcohub.library.internal.DocumentRefused.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * A zip-based document (Word, Excel, OpenDocument) is unpacked once while counting, before any parser holds it in
 * memory: a few megabytes that unpack into gigabytes (a "zip bomb") are refused as unreadable.
 */
final class ZipLimits {

	static final long MAX_UNPACKED = 100L * 1024 * 1024;
	static final int MAX_ENTRIES = 10_000;

	private ZipLimits() {
	}

	static void check(byte[] content) throws IOException {
		long unpacked = 0;
		int entries = 0;
		var buffer = new byte[64 * 1024];
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			while (zip.getNextEntry() != null) {
				if (++entries > MAX_ENTRIES) {
					throw new DocumentRefused(Reason.UNREADABLE, null, "too many entries");
				}
				for (int read; (read = zip.read(buffer)) > 0;) {
					unpacked += read;
					if (unpacked > MAX_UNPACKED) {
						throw new DocumentRefused(Reason.UNREADABLE, null, "unpacks to more than " + MAX_UNPACKED);
					}
				}
			}
		}
		if (entries == 0) {
			throw new DocumentRefused(Reason.UNREADABLE, null, "no entries");
		}
	}
}
