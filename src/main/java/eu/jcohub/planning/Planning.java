package eu.jcohub.planning;

import eu.jcohub.operations.OperationView;
import eu.jcohub.shared.Forbidden;
import java.math.BigDecimal;

/** What every part of planning checks the same way. */
final class Planning {

	private Planning() {
	}

	/** Planning's records of an operation are part of its details. */
	static void requireDetails(OperationView operation) {
		if (!operation.detailsVisible()) {
			throw Forbidden.because("access.details.refused",
					"Only the organiser, the participants and the coordination secretariat may see this.");
		}
	}

	/** A code as an error message may repeat it: only when it can be shown (no control characters, short). */
	static String shown(String code) {
		return code.length() <= 40 && code.chars().noneMatch(Character::isISOControl) ? code : "";
	}

	/** 40.00 as 40, 2.50 as 2.5: figures as people write them. */
	static BigDecimal plain(BigDecimal number) {
		var stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
