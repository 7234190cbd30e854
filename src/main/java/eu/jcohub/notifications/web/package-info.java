/** The notifications page and API. */
@NullMarked
package eu.jcohub.notifications.web;

import org.jspecify.annotations.NullMarked;
