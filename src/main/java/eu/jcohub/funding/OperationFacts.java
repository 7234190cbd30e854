package eu.jcohub.funding;

import eu.jcohub.operations.Competence;
import eu.jcohub.operations.PolicyDomain;
import java.time.LocalDate;

/** What the funding rules look at in an operation: its competence, its domain and the days it runs. */
public record OperationFacts(Competence competence, PolicyDomain domain, LocalDate firstDay, LocalDate lastDay) {
}
