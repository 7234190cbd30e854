/** The operation aggregate and its storage. */
@NullMarked
package eu.jcohub.operations.internal;

import org.jspecify.annotations.NullMarked;
