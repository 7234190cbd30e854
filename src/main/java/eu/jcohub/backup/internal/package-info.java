/** The backup file's format, writing it from one snapshot and restoring it. */
@NullMarked
package eu.jcohub.backup.internal;

import org.jspecify.annotations.NullMarked;
