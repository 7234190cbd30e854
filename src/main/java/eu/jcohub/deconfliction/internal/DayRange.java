package eu.jcohub.deconfliction.internal;

import eu.jcohub.operations.Phase;

/** The date range the index covers, as day numbers from its first day. */
final class DayRange {

	static final int FIRST = (int) Phase.EARLIEST.toEpochDay();
	static final int COUNT = (int) Phase.LATEST.toEpochDay() - FIRST + 1;

	private DayRange() {
	}

	static int index(int epochDay) {
		return epochDay - FIRST;
	}
}
