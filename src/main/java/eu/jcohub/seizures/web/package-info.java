/** Seizure report pages and API. */
@NullMarked
package eu.jcohub.seizures.web;

import org.jspecify.annotations.NullMarked;
