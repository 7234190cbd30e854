package eu.jcohub.protection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of the model as personal data of a category: it is shown only on a need-to-know basis, kept
 * out of the audit trail's before/after values, anonymised when its retention period ends, and found by the
 * subject-access search.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD })
public @interface PersonalData {

	PersonalDataCategory value();
}
