package eu.jcohub.shared;

/** The caller is known but may not do this. Becomes a 403. */
public class Forbidden extends RuntimeException {

	public Forbidden(String message) {
		super(message);
	}
}
