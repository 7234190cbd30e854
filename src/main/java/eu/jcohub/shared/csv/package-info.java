/** Writing CSV that a spreadsheet opens as data, never as formulas. */
@NullMarked
package eu.jcohub.shared.csv;

import org.jspecify.annotations.NullMarked;
