package eu.jcohub.library.web;

import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import org.springframework.stereotype.Component;

/** Names for the codes the Library's pages show. Public because templates call it (SpEL calls public methods only). */
@Component
public class Names {

	private final ReferenceData reference;

	Names(ReferenceData reference) {
		this.reference = reference;
	}

	public String organisation(String code) {
		return reference.organisation(code).map(Organisation::name).orElse(code);
	}

	/** A file size as people read it: 840 KB, 2.4 MB, 5 MB. */
	public String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
		}
		if (bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB"; // a limit reads as the refusal names it: 5 MB, not 5.0 MB
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}
}
