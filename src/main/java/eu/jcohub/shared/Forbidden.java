package eu.jcohub.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * The caller is known but may not do this. Becomes a 403 whose text comes from the message bundles when the
 * refusal has a code ({@link #because}); it never names who else could.
 */
public class Forbidden extends RuntimeException implements MessageSourceResolvable {

	private final @Nullable String code;
	private final Object[] arguments;

	public Forbidden(String message) {
		this(null, message);
	}

	private Forbidden(@Nullable String code, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.code = code;
		this.arguments = arguments.clone();
	}

	/** A refusal worded by the bundle entry {@code code}; {@code defaultMessage} where the bundles lack it. */
	public static Forbidden because(String code, String defaultMessage, Object... arguments) {
		return new Forbidden(code, defaultMessage, arguments);
	}

	@Override
	public String @Nullable [] getCodes() {
		return code == null ? null : new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}
}
