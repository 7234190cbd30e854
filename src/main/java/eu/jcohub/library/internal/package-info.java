/** How the Library keeps its records: document files under the data directory, rows and search in PostgreSQL. */
@NullMarked
package eu.jcohub.library.internal;

import org.jspecify.annotations.NullMarked;
