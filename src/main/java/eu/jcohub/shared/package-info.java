/**
 * Shared kernel: the few types every capability speaks (domain errors, problem details, the database
 * that everything is stored in). Kept small on purpose.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package eu.jcohub.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
