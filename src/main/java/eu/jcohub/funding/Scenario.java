package eu.jcohub.funding;

/** The rules an assessment applies: those in force, or the 100 % mechanism the working group recommends. */
public enum Scenario {
	RULES_IN_FORCE,
	/** All costs of all actions covered whatever the competence, VAT included (a what-if to compare against). */
	FULL_COVERAGE
}
