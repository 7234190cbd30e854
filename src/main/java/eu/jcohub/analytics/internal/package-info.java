/** The aggregates' storage and the listeners that keep them in step with the calendar and the validated reports. */
@NullMarked
package eu.jcohub.analytics.internal;

import org.jspecify.annotations.NullMarked;
