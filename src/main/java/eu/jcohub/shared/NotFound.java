package eu.jcohub.shared;

/** The requested record does not exist, or the caller may not know that it exists. Becomes a 404. */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " " + id + " was not found");
	}
}
