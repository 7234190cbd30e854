/** The investigation cases' API and pages, and the part of a validated report's page that opens a case. */
@NullMarked
package eu.jcohub.followup.cases.web;

import org.jspecify.annotations.NullMarked;
