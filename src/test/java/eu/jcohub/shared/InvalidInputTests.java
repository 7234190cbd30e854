package eu.jcohub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Refused input lists its fields in the order they were checked, the order of the form they came from. */
class InvalidInputTests {

	@Test
	void fieldErrorsKeepTheOrderInWhichTheFieldsWereChecked() {
		var fields = List.of("name", "organiser", "phase1Start", "phase1End", "phase2Start", "phase2End", "riskAreas",
				"transportModes", "locations", "objectives");
		var errors = new InvalidInput.Collector();
		fields.forEach(field -> errors.reject(field, "Wrong " + field + "."));
		var refused = catchThrowableOfType(InvalidInput.class, errors::throwIfAny);
		assertThat(refused.fieldErrors().keySet()).containsExactlyElementsOf(fields);
	}
}
