/** Conflicts on the operation page and form, the resolution form, and the conflicts API. */
@NullMarked
package eu.jcohub.deconfliction.web;

import org.jspecify.annotations.NullMarked;
