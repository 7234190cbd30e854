package eu.jcohub.protection;

import java.util.List;
import eu.jcohub.shared.OperationId;

/** A record mentioning the person or company looked for, with the fields that matched. */
public record SubjectMention(String recordType, String recordId, String reference, OperationId operationId,
		String operationName, String link, List<String> matchedFields, boolean anonymised) {

	public SubjectMention {
		matchedFields = List.copyOf(matchedFields);
	}
}
