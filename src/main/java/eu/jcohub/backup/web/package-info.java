/** The backups page and the backup download. */
@NullMarked
package eu.jcohub.backup.web;

import org.jspecify.annotations.NullMarked;
