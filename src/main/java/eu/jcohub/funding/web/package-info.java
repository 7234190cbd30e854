@NullMarked
package eu.jcohub.funding.web;

import org.jspecify.annotations.NullMarked;
