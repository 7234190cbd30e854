package eu.jcohub.library.internal;

import eu.jcohub.library.DocumentFormat;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file the Library does not take, and why: the facade words the reason for the uploader.
 *
 * @param claimed the format the file's name claims, where it claims one
 */
public final class DocumentRefused extends RuntimeException {

	/** Why a file was refused. */
	public enum Reason {
		/** The file has no content. */
		EMPTY,
		/** Its name ends in none of the accepted extensions. */
		TYPE_NOT_ALLOWED,
		/** Its content is not what its name says (a zip named .pdf). */
		CONTENT_MISMATCH,
		/** An older binary Office file or an encrypted one, which cannot be read. */
		PROTECTED_OR_OLD_FORMAT,
		/** It starts as its format should but cannot be read through. */
		UNREADABLE
	}

	private final Reason reason;
	private final @Nullable DocumentFormat claimed;

	DocumentRefused(Reason reason, @Nullable DocumentFormat claimed, String detail) {
		super(detail);
		this.reason = reason;
		this.claimed = claimed;
	}

	public Reason reason() {
		return reason;
	}

	public @Nullable DocumentFormat claimed() {
		return claimed;
	}
}
