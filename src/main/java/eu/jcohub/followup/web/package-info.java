/** The monitoring file's pages and API. */
@NullMarked
package eu.jcohub.followup.web;

import org.jspecify.annotations.NullMarked;
