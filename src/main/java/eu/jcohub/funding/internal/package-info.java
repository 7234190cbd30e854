@NullMarked
package eu.jcohub.funding.internal;

import org.jspecify.annotations.NullMarked;
