package eu.jcohub.planning;

import eu.jcohub.reference.Category;
import java.util.List;

/** The risk areas and transport modes no operation of a year covers (the report asks for broader coverage). */
public record Coverage(int year, List<Category> uncoveredRiskAreas, List<Category> uncoveredTransportModes) {

	public Coverage {
		uncoveredRiskAreas = List.copyOf(uncoveredRiskAreas);
		uncoveredTransportModes = List.copyOf(uncoveredTransportModes);
	}
}
