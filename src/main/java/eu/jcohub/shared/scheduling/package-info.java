/** Scheduled jobs that run on one instance at a time, whatever the number of instances. */
@NullMarked
package eu.jcohub.shared.scheduling;

import org.jspecify.annotations.NullMarked;
