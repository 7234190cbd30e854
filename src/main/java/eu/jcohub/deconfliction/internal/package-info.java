/**
 * Finds the operations a new or changed one collides with, scores each conflict and explains it.
 * An in-memory index of all operations answers in well under a millisecond; it is kept in step with the
 * database, including changes made by other instances.
 */
@NullMarked
package eu.jcohub.deconfliction.internal;

import org.jspecify.annotations.NullMarked;
