/** The dashboard, the per-administration page, their API and the downloads of each chart's numbers. */
@NullMarked
package eu.jcohub.analytics.web;

import org.jspecify.annotations.NullMarked;
