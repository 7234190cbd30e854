/**
 * The JCO Library: operations that have run, with their documents (final reports, briefings, evaluations),
 * the lessons their participants learned and tags, searchable in full text and reusable as the template of a new
 * operation. A document or lesson is part of an operation's details: only its circle reads or finds it.
 */
@NullMarked
package eu.jcohub.library;

import org.jspecify.annotations.NullMarked;
