/** Data protection pages and API: retention rules, retention runs and the subject-access search. */
@NullMarked
package eu.jcohub.protection.web;

import org.jspecify.annotations.NullMarked;
