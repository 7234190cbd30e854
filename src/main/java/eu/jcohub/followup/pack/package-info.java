/**
 * The debriefing pack: a document of numbered chapters, each written by a {@link eu.jcohub.followup.pack.PackChapter}
 * bean from the operation's data as the reader may see it, laid out as PDF (with charts drawn) and as DOCX for
 * the participants to edit. Chapters are found by their order, so a new capability adds one without this package
 * knowing it.
 */
@NullMarked
package eu.jcohub.followup.pack;

import org.jspecify.annotations.NullMarked;
