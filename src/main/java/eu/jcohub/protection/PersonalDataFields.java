package eu.jcohub.protection;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The fields of a model record marked {@link PersonalData}, read from the model itself. */
public final class PersonalDataFields {

	static final String RECORDED = "(personal data recorded)";
	static final String EMPTY = "—";

	private PersonalDataFields() {
	}

	/**
	 * For the audit trail: each personal field of the record, with whether it is filled but never its value (the
	 * trail outlives the data and cannot be anonymised).
	 */
	public static Map<String, String> markers(Record record) {
		var markers = new LinkedHashMap<String, String>();
		for (var component : record.getClass().getRecordComponents()) {
			if (component.isAnnotationPresent(PersonalData.class)) {
				markers.put(component.getName(), value(component, record) == null ? EMPTY : RECORDED);
			}
		}
		return markers;
	}

	private static @Nullable Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
		}
	}
}
