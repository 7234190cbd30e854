/**
 * Backups: a consistent copy of everything JCO Hub holds, downloaded by an administrator or written daily to a
 * directory, and restored with one command into an empty database, which then proves it holds the same records.
 */
@NullMarked
package eu.jcohub.backup;

import org.jspecify.annotations.NullMarked;
