/** Where JCO Hub keeps its data: an embedded PostgreSQL by default, an external one in production. */
@NullMarked
package eu.jcohub.shared.db;

import org.jspecify.annotations.NullMarked;
