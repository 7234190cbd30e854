package eu.jcohub.shared;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * The caller asked too often: a 429 with {@code Retry-After}, worded by the bundle entry {@code code} with the
 * seconds to wait as its argument.
 */
public class TooManyRequests extends RuntimeException implements MessageSourceResolvable {

	private final String code;
	private final Duration retryAfter;

	public TooManyRequests(String code, String defaultMessage, Duration retryAfter) {
		super(defaultMessage);
		this.code = code;
		this.retryAfter = retryAfter;
	}

	/** Whole seconds, at least one: what {@code Retry-After} says. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

	@Override
	public String @Nullable [] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { retryAfterSeconds() };
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}
}
