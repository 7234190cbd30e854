/** What each module contributes to the access matrix and isolation tests. */
@NullMarked
package eu.jcohub.support.matrix;

import org.jspecify.annotations.NullMarked;
