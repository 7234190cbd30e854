package eu.jcohub.access;

import java.util.List;

/**
 * A module's declaration of the rules for its own records. Each module has one such bean; the access matrix page
 * lists them, and the module applies its rules through {@link Visibility}. Adding a module never edits access.
 */
public interface AccessRules {

	/** The module's name as its package says it ({@code seizures}, {@code protection} …). */
	String module();

	List<AccessRule> rules();
}
