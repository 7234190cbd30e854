/** PDF pieces every printed document shares: the handling marking and page numbers on each page. */
@NullMarked
package eu.jcohub.shared.pdf;

import org.jspecify.annotations.NullMarked;
