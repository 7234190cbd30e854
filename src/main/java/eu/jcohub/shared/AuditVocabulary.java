package eu.jcohub.shared;

import java.util.Optional;
import java.util.Set;

/**
 * What a module tells the audit trail about its own records: the kinds it writes, and the words for stored
 * values only it can read (a status, an organiser's code, a period). One bean per module; the trail finds them
 * all, so a new module adds its records to the trail's search and to its words without editing this module.
 * The words for the kinds, actions and fields themselves come from the module's message bundle:
 * {@code audit.kind.<kind>}, {@code audit.action.<action>} and {@code audit.field.<kind>.<field>}.
 */
public interface AuditVocabulary {

	/** The kinds of record this module writes to the trail. */
	Set<RecordKind> kinds();

	/**
	 * The record in words from its id alone, for entries that carry no label: those written before entries were
	 * labelled, and records whose id is made of codes (an organisation's rule for a category). Empty to show the id.
	 */
	default Optional<String> record(RecordKind kind, String id, AuditWording wording) {
		return Optional.empty();
	}

	/**
	 * One stored value of a field in words, or empty to show it as stored. Called for each element of a list;
	 * a value that is itself a joined list is the module's to split.
	 */
	default Optional<String> value(RecordKind kind, String field, String value, AuditWording wording) {
		return Optional.empty();
	}
}
