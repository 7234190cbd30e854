package eu.jcohub.backup.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts the rows of a table's data as they pass (one line per row: PostgreSQL's text format escapes line breaks
 * inside values) and takes their SHA-256, so that a table can be proven the same in the backup and in the database.
 */
final class Tally {

	private final MessageDigest digest;
	private long rows;

	Tally() {
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	TableSum sum() {
		return new TableSum(rows, HexFormat.of().formatHex(digest.digest()));
	}

	private void count(byte[] bytes, int offset, int length) {
		digest.update(bytes, offset, length);
		for (int i = offset; i < offset + length; i++) {
			if (bytes[i] == '\n') {
				rows++;
			}
		}
	}

	/** Passes what is written on to {@code out} (which it never closes), counting it. */
	OutputStream counting(OutputStream out) {
		return new FilterOutputStream(out) {

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				count(bytes, offset, length);
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

	/** Passes what is read from {@code in} on, counting it. */
	InputStream counting(InputStream in) {
		return new FilterInputStream(in) {

			@Override
			public int read() throws IOException {
				var one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] bytes, int offset, int length) throws IOException {
				int read = in.read(bytes, offset, length);
				if (read > 0) {
					count(bytes, offset, read);
				}
				return read;
			}

			@Override
			public void close() {
				// the entry's stream belongs to the archive
			}
		};
	}

	/** Counts without keeping anything: to read a table back from the database and compare. */
	OutputStream sink() {
		return counting(OutputStream.nullOutputStream());
	}

}
