/** The audit trail's API for administrators. */
@NullMarked
package eu.jcohub.accounts.web;

import org.jspecify.annotations.NullMarked;
