package eu.jcohub.cooperation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one member state says of one special form: which authorities are competent, who decides (when another
 * authority must agree), its declaration limiting the form, its contact point and legal basis, and when it last
 * confirmed all this.
 *
 * @param decidedBy the authority that authorises the form (a prosecutor, a judge), or null when the competent
 *        authorities decide themselves
 * @param declaration the state's declaration limiting the form, or null when it made none
 * @param toReconfirm whether it was last confirmed over a year ago
 * @param demonstration whether the entry is demonstration data (not legal advice)
 */
public record CompetenceEntry(String country, Article article, List<Authority> authorities,
		@Nullable Authority decidedBy, @Nullable String declaration, String contactPoint, String legalBasis,
		LocalDate lastConfirmed, String confirmedBy, boolean toReconfirm, boolean demonstration) {

	public CompetenceEntry {
		authorities = List.copyOf(authorities);
	}

	public boolean customsCompetent() {
		return authorities.contains(Authority.CUSTOMS);
	}

	/** An entry is to be reconfirmed once it is more than a year old. */
	static boolean toReconfirm(LocalDate lastConfirmed, LocalDate today) {
		return lastConfirmed.isBefore(today.minusYears(1));
	}
}
