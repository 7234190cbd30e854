/**
 * Who may see and change what. Users act for an organisation with roles; some roles are held per operation.
 * Every read and write of a protected record is decided by {@link eu.jcohub.access.AccessPolicy}, and by it alone.
 */
@NullMarked
package eu.jcohub.access;

import org.jspecify.annotations.NullMarked;
