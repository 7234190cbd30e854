/** Web pages and the JSON API of the coordination calendar. */
@NullMarked
package eu.jcohub.operations.web;

import org.jspecify.annotations.NullMarked;
