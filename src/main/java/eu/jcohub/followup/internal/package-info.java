/** The monitoring file's storage, exports and scheduled reminders. */
@NullMarked
package eu.jcohub.followup.internal;

import org.jspecify.annotations.NullMarked;
