/** The access matrix page. */
@NullMarked
package eu.jcohub.access.web;

import org.jspecify.annotations.NullMarked;
