package eu.jcohub.cooperation;

import com.fasterxml.jackson.annotation.JsonValue;
import eu.jcohub.shared.InvalidInput;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The special forms of cooperation of the Naples II Convention, by their article. */
public enum Article {
	HOT_PURSUIT(20), CROSS_BORDER_SURVEILLANCE(21), CONTROLLED_DELIVERY(22), COVERT_INVESTIGATION(23),
	JOINT_SPECIAL_INVESTIGATION_TEAM(24);

	private final int number;

	Article(int number) {
		this.number = number;
	}

	@JsonValue
	public int number() {
		return number;
	}

	/** The article with this number; anything outside 20–24 is refused as input of the named field. */
	public static Article of(@Nullable Integer number, String field) {
		return Arrays.stream(values())
			.filter(article -> number != null && article.number == number)
			.findFirst()
			.orElseThrow(() -> InvalidInput.of(field, "an article of the Naples II Convention between 20 and 24"));
	}

	/** The article written as a number in a path or query (22). */
	public static Article parse(@Nullable String number, String field) {
		try {
			return of(number == null ? null : Integer.valueOf(number.strip()), field);
		}
		catch (NumberFormatException notANumber) {
			return of(null, field);
		}
	}
}
