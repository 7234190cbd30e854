/** The debriefing's API and pages: objectives evaluated, threat-assessment draft, case studies, debriefing pack. */
@NullMarked
package eu.jcohub.followup.debriefing.web;

import org.jspecify.annotations.NullMarked;
