package eu.jcohub.protection;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of a model record marked {@link PersonalData}, read from the model itself. */
public final class PersonalDataFields {

	private PersonalDataFields() {
	}

	/** Component name → category, in declaration order. */
	public static Map<String, PersonalDataCategory> of(Class<? extends Record> type) {
		var fields = new LinkedHashMap<String, PersonalDataCategory>();
		Arrays.stream(type.getRecordComponents())
			.filter(component -> component.isAnnotationPresent(PersonalData.class))
			.forEach(component -> fields.put(component.getName(), component.getAnnotation(PersonalData.class).value()));
		return fields;
	}

	public static List<String> inCategory(Class<? extends Record> type, PersonalDataCategory category) {
		return of(type).entrySet().stream().filter(e -> e.getValue() == category).map(Map.Entry::getKey).toList();
	}
}
