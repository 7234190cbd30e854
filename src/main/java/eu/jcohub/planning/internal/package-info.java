/** Planning's stores and its own guards on the lifecycle. */
@NullMarked
package eu.jcohub.planning.internal;

import org.jspecify.annotations.NullMarked;
