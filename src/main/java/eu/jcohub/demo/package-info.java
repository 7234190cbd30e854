/**
 * The demo: on the first start of a demo instance, accounts for every role and about a year of realistic,
 * fictional operations, dated relative to that day so that the demo never goes stale.
 */
@NullMarked
package eu.jcohub.demo;

import org.jspecify.annotations.NullMarked;
