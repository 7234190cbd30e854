/** The Library's pages and API. */
@NullMarked
package eu.jcohub.library.web;

import org.jspecify.annotations.NullMarked;
