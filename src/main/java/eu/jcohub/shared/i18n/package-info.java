/** The texts users read, from every module's message bundle. */
@NullMarked
package eu.jcohub.shared.i18n;

import org.jspecify.annotations.NullMarked;
