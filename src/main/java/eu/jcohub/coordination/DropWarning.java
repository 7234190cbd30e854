package eu.jcohub.coordination;

import java.time.LocalDate;

/**
 * Seizures at a place dropped sharply against its first days while controls went on: perhaps the controls became
 * known there. Figures are per day.
 */
public record DropWarning(String location, String locationName, String transportModeName, LocalDate firstDay,
		LocalDate recentFrom, double baselineSeizuresPerDay, double recentSeizuresPerDay, double baselineControlsPerDay,
		double recentControlsPerDay) {
}
