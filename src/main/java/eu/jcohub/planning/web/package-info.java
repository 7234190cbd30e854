/** Planning's pages, its parts of the operation page and its API. */
@NullMarked
package eu.jcohub.planning.web;

import org.jspecify.annotations.NullMarked;
