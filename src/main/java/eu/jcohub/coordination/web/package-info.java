/** The live picture, messages and review in the browser and in the API. */
@NullMarked
package eu.jcohub.coordination.web;

import org.jspecify.annotations.NullMarked;
