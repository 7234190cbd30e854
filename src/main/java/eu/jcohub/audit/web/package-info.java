/** The audit trail's API for administrators. */
@NullMarked
package eu.jcohub.audit.web;

import org.jspecify.annotations.NullMarked;
