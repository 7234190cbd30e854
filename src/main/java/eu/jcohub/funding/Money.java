package eu.jcohub.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Euro amounts: exact decimals at cents, never floating point. Shares of an amount are rounded half up to the cent
 * once, on the amount they are a share of.
 */
public final class Money {

	public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
	/** The largest amount a budget line or application holds (numeric(14, 2)). */
	public static final BigDecimal MAX = new BigDecimal("999999999999.99");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Money() {
	}

	/** An amount at cents; the caller checked that it has no more than two decimals. */
	public static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** The share of an amount at a rate in percent, rounded half up to the cent. */
	public static BigDecimal share(BigDecimal amount, BigDecimal percent) {
		return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	public static BigDecimal sum(Collection<BigDecimal> amounts) {
		return amounts.stream().reduce(ZERO, BigDecimal::add).setScale(2);
	}

	/**
	 * Reads an amount as typed: digits with an optional point and at most two decimals, not negative, not above
	 * {@link #MAX}; the key of the problem otherwise ({@code funding.amount.*}).
	 */
	public static Parsed parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Parsed.problem("funding.amount.required");
		}
		var cleaned = text.strip().replace("€", "").replace(" ", "").replace(",", "");
		if (!cleaned.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			return Parsed.problem("funding.amount.notNumber");
		}
		var amount = new BigDecimal(cleaned);
		if (amount.signum() < 0) {
			return Parsed.problem("funding.amount.negative");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			return Parsed.problem("funding.amount.cents");
		}
		if (amount.compareTo(MAX) > 0) {
			return Parsed.problem("funding.amount.tooLarge");
		}
		return new Parsed(amount.setScale(2, RoundingMode.UNNECESSARY), null);
	}

	/** In euro and cents, thousands grouped, as English writes them. */
	public static String format(BigDecimal amount) {
		var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		return "€ " + format.format(amount);
	}

	/** A percentage without useless decimals: 80 or 12.5. */
	public static String percent(BigDecimal percent) {
		return percent.stripTrailingZeros().toPlainString();
	}

	/** An amount read, or the key of why it could not be. */
	public record Parsed(@Nullable BigDecimal amount, @Nullable String problem) {

		static Parsed problem(String key) {
			return new Parsed(null, key);
		}

		public Optional<BigDecimal> value() {
			return Optional.ofNullable(amount);
		}
	}
}
