package eu.jcohub.analytics.web;

import java.util.List;

/**
 * A year's overview as a document to attach to a working-party paper: its charts with their numbers, worded for
 * the reader, under the marking of what it counts (the details of operations the reader takes part in).
 *
 * @param scope what was counted, as the dashboard says it
 */
record AnnualReport(int year, String title, String generated, String scope, String marking, List<Chart> charts,
		String empty) {
}
