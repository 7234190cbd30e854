/** When an instance is usable: health and readiness wait for the work it must do first. */
@NullMarked
package eu.jcohub.shared.startup;

import org.jspecify.annotations.NullMarked;
