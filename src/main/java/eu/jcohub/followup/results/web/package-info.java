/** An operation's results: the API, the page and the section linking to it from the operation's page. */
@NullMarked
package eu.jcohub.followup.results.web;

import org.jspecify.annotations.NullMarked;
