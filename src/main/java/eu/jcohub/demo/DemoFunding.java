package eu.jcohub.demo;

import eu.jcohub.funding.ApplicationDraft;
import eu.jcohub.funding.BudgetDraft;
import eu.jcohub.funding.CostCategory;
import eu.jcohub.funding.Funding;
import eu.jcohub.funding.Scenario;
import eu.jcohub.operations.OperationPlan;
import eu.jcohub.operations.OperationType;
import eu.jcohub.reference.ReferenceData;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The funding part of the demo's story: a budget drafted with the business case (travel, accommodation and
 * subsistence per administration taking part, central meetings and interpretation, the lead administration's
 * planning staff, VAT), then an application to the programme that would pay most, decided after a lead time
 * around the programme's typical one, so that past operations leave a history of lead times. National and joint
 * police-customs operations, and operations whose start comes before any decision could, are self-funded.
 */
@Component
class DemoFunding {

	/** A decision must be known at least this long before the start to prepare on it. */
	private static final int MARGIN_DAYS = 14;

	private final Funding funding;
	private final DemoUsers users;
	private final ReferenceData reference;

	DemoFunding(Funding funding, DemoUsers users, ReferenceData reference) {
		this.funding = funding;
		this.users = users;
		this.reference = reference;
	}

	/** The budget, drafted with the business case. */
	void draftBudget(OperationId id, OperationPlan plan, String planner) {
		users.as(planner, () -> funding.replaceBudget(id, new BudgetDraft(lines(plan), false, null)));
	}

	/**
	 * Seeks the money from the day funding begins ({@code from}); returns when the operation was funded, if it was by
	 * today, so that its preparation starts after.
	 */
	Optional<Instant> seek(OperationId id, OperationPlan plan, String planner, Instant applied, Instant from,
			boolean mustBeFunded, LocalDate today) {
		var start = plan.firstPhase().start();
		if (plan.type() != OperationType.JCO_FULL_SCALE && plan.type() != OperationType.JCO_REGIONAL) {
			return selfFunded(id, plan, planner, from, "The administration pays its own operation from its national budget.");
		}
		var best = users.as(planner, () -> funding.eligibility(id, Scenario.RULES_IN_FORCE)).best();
		if (best.isEmpty()) {
			return mustBeFunded ? selfFunded(id, plan, planner, from,
					"No programme pays for this operation: the administrations taking part pay their own costs.")
					: Optional.empty();
		}
		var programme = best.get();
		var random = new Random(plan.name().hashCode());
		int typical = funding.leadTimes().stream().filter(lead -> lead.programme().equals(programme.code())).findFirst()
			.orElseThrow().typicalDays();
		int days = (int) Math.round(typical * (0.8 + 0.5 * random.nextDouble()));
		var submitted = LocalDate.ofInstant(applied, ZoneOffset.UTC);
		var decided = submitted.plusDays(days);
		var requested = (programme.covered().signum() > 0 ? programme.covered() : new BigDecimal("10000.00")).toPlainString();
		// Prepared by today: the decision came before today and at least two weeks before the start.
		var latest = start.minusDays(MARGIN_DAYS).isBefore(today) ? start.minusDays(MARGIN_DAYS) : today.minusDays(1);
		if (mustBeFunded && decided.isAfter(latest)) {
			users.as(planner, () -> funding.apply(id, new ApplicationDraft(programme.code(), requested, submitted.toString(),
					null, null, "WITHDRAWN", "Withdrawn: the decision would have come after the start.")));
			return selfFunded(id, plan, planner, from, "No programme could decide before the start: the "
					+ "administrations taking part advance their own costs.");
		}
		if (!decided.isBefore(today)) {
			users.as(planner, () -> funding.apply(id, new ApplicationDraft(programme.code(), requested,
					submitted.toString(), null, null, "SUBMITTED", "Application form and budget annex sent to the Commission.")));
			return Optional.empty();
		}
		boolean partly = random.nextInt(4) == 0;
		var granted = partly ? new BigDecimal(requested).multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP)
				: new BigDecimal(requested);
		users.as(planner, () -> funding.apply(id, new ApplicationDraft(programme.code(), requested,
				submitted.toString(), decided.toString(), granted.toPlainString(), partly ? "PARTLY_GRANTED" : "GRANTED",
				"Application form and budget annex; grant decision.")));
		return Optional.of(decided.atTime(10, 0).toInstant(ZoneOffset.UTC));
	}

	private Optional<Instant> selfFunded(OperationId id, OperationPlan plan, String planner, Instant at, String note) {
		users.as(planner, () -> funding.replaceBudget(id, new BudgetDraft(lines(plan), true, note)));
		return Optional.of(at);
	}

	/** Costs that grow with the number of administrations taking part and the days of the operational phases. */
	private List<BudgetDraft.Line> lines(OperationPlan plan) {
		var random = new Random(plan.name().hashCode() * 31L);
		int days = (int) plan.phases().stream().mapToLong(phase -> ChronoUnit.DAYS.between(phase.start(), phase.end()) + 1).sum();
		boolean fullScale = plan.type() == OperationType.JCO_FULL_SCALE;
		var lines = new ArrayList<BudgetDraft.Line>();
		var lead = payer(plan.leadCountry() == null ? plan.organiser() : plan.leadCountry() + "-CUSTOMS");
		var participants = plan.countriesTakingPart().stream().sorted().limit(fullScale ? 8 : 5).toList();
		BigDecimal subtotal = BigDecimal.ZERO;
		for (var country : participants) {
			var payer = payer(country + "-CUSTOMS");
			var travel = euro(650 + random.nextInt(900), random);
			var nights = euro(95 * Math.min(days, 12) + random.nextInt(300), random);
			var subsistence = euro(48 * Math.min(days, 12), random);
			lines.add(line(CostCategory.TRAVEL, payer, travel, "Officers to the OCU and back"));
			lines.add(line(CostCategory.ACCOMMODATION, payer, nights, "Liaison officers at the OCU"));
			lines.add(line(CostCategory.SUBSISTENCE, payer, subsistence, "Daily allowances"));
			subtotal = subtotal.add(travel).add(nights).add(subsistence);
		}
		if (plan.type() == OperationType.JCO_FULL_SCALE || plan.type() == OperationType.JCO_REGIONAL) {
			var meetings = euro(fullScale ? 24_000 : 9_500, random);
			var interpretation = euro(fullScale ? 8_800 : 3_200, random);
			lines.add(line(CostCategory.MEETINGS, "CENTRAL", meetings, "Planning meeting and debriefing"));
			lines.add(line(CostCategory.INTERPRETATION, "CENTRAL", interpretation, "Interpretation at the debriefing"));
			subtotal = subtotal.add(meetings).add(interpretation);
			if (fullScale) {
				var equipment = euro(15_000, random);
				lines.add(line(CostCategory.EQUIPMENT, "CENTRAL", equipment, "Secure OCU terminals"));
				subtotal = subtotal.add(equipment);
			}
		}
		var staff = euro(fullScale ? 38_000 : 12_000 + random.nextInt(6_000), random);
		lines.add(line(CostCategory.STAFF_PLANNING, lead, staff,
				"Planning staff of the lead administration"));
		var vat = subtotal.multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_UP);
		lines.add(line(CostCategory.VAT, "CENTRAL", vat, "VAT on accommodation, meetings and interpretation"));
		return lines;
	}

	private String payer(String organisation) {
		return reference.organisation(organisation).isPresent() ? organisation : "CENTRAL";
	}

	private static BigDecimal euro(int whole, Random random) {
		return BigDecimal.valueOf(whole * 100L + random.nextInt(100), 2);
	}

	private static BudgetDraft.Line line(CostCategory category, String payer, BigDecimal amount, String note) {
		return new BudgetDraft.Line(category.name(), payer, amount.toPlainString(), note);
	}
}
