package eu.jcohub.protection;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The fields of a model record marked {@link PersonalData}, read from the model itself. */
public final class PersonalDataFields {

	static final String RECORDED = "(personal data recorded)";
	static final String EMPTY = "—";
	/**
	 * The personal components of each record class, found once: asking the class for its components and their
	 * annotations on every record made an audit entry cost more than the row it describes (a bulk batch's thousand).
	 */
	private static final ClassValue<List<RecordComponent>> PERSONAL = new ClassValue<>() {
		@Override
		protected List<RecordComponent> computeValue(Class<?> type) {
			return Arrays.stream(type.getRecordComponents())
				.filter(component -> component.isAnnotationPresent(PersonalData.class))
				.toList();
		}
	};

	private PersonalDataFields() {
	}

	/**
	 * For the audit trail: each personal field of the record, with whether it is filled but never its value (the
	 * trail outlives the data and cannot be anonymised).
	 */
	public static Map<String, String> markers(Record record) {
		var markers = new LinkedHashMap<String, String>();
		for (var component : PERSONAL.get(record.getClass())) {
			markers.put(component.getName(), value(component, record) == null ? EMPTY : RECORDED);
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
