package eu.jcohub.seizures;

import java.util.Set;
import java.util.UUID;

/**
 * Which of an operation's partner organisations may read one of its reports, as another module decides it (e.g. the
 * police and judicial partners of a Naples II request the report is linked to), so that reporting does not know
 * why. Without any such bean every partner of the operation reads its reports as their handling code allows.
 */
public interface PartnerDisclosure {

	/** Of the operation's partner organisations, those the report is disclosed to. */
	Set<String> partnersReading(UUID report, Set<String> partners);
}
