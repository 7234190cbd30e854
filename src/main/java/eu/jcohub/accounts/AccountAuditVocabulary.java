package eu.jcohub.accounts;

import eu.jcohub.shared.AuditAction;
import eu.jcohub.shared.AuditVocabulary;
import eu.jcohub.shared.AuditWording;
import eu.jcohub.shared.RecordKind;
import eu.jcohub.reference.Organisation;
import eu.jcohub.reference.ReferenceData;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Accounts in the audit trail: users and their personal tokens, with what was done
 * to them (a password changed, a second factor switched on, every session ended, a token revoked) in words.
 */
@Component
class AccountAuditVocabulary implements AuditVocabulary {

	static final RecordKind USER = new RecordKind("user");
	static final RecordKind API_TOKEN = new RecordKind("api-token");
	static final AuditAction PASSWORD_CHANGED = new AuditAction("PASSWORD_CHANGED");
	static final AuditAction SECOND_FACTOR_ENABLED = new AuditAction("SECOND_FACTOR_ENABLED");
	static final AuditAction SECOND_FACTOR_DISABLED = new AuditAction("SECOND_FACTOR_DISABLED");
	static final AuditAction SIGNED_OUT_EVERYWHERE = new AuditAction("SIGNED_OUT_EVERYWHERE");
	static final AuditAction REVOKED = new AuditAction("REVOKED");
	static final AuditAction DISABLED = new AuditAction("DISABLED");
	static final AuditAction ENABLED = new AuditAction("ENABLED");

	private final ReferenceData reference;

	AccountAuditVocabulary(ReferenceData reference) {
		this.reference = reference;
	}

	@Override
	public Set<RecordKind> kinds() {
		return Set.of(USER, API_TOKEN);
	}

	@Override
	public Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return switch (field) {
			case "organisation" -> Optional.of(reference.organisation(value).map(Organisation::name).orElse(value));
			case "roles" -> Optional.of(each(value, "account.role.", wording));
			case "scopes" -> Optional.of(each(value, "tokens.scope.", wording));
			case "purpose" -> wording.text("account.tokenPurpose." + value);
			case "method" -> wording.text("account.secondFactor." + value);
			case "reason" -> wording.text("tokens.revokedBecause." + value);
			default -> Optional.empty();
		};
	}

	/** Lists stored as “A,B” or, in early entries, as Java wrote a set: “[A, B]”. */
	private static String each(String joined, String prefix, AuditWording wording) {
		return Arrays.stream(joined.replaceAll("^\\[|]$", "").split(",")).map(String::strip)
			.filter(code -> !code.isEmpty())
			.map(code -> wording.text(prefix + code).orElse(code))
			.collect(Collectors.joining(", "));
	}
}
