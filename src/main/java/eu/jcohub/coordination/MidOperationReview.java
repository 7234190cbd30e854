package eu.jcohub.coordination;

import eu.jcohub.coordination.Review.ProfileResult;
import eu.jcohub.coordination.internal.CoordinationSettings;
import eu.jcohub.coordination.internal.Figures;
import eu.jcohub.coordination.internal.PhasesAndProfiles;
import eu.jcohub.operations.OperationRegister;
import eu.jcohub.shared.OperationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The review of an operational phase, generated from what was validated in it: read at the break, where the OCU and
 * the leader decide the next phase's profiles.
 */
@Service
public class MidOperationReview {

	private final LivePicture picture;
	private final Figures figures;
	private final PhasesAndProfiles plans;
	private final OperationRegister operations;
	private final CoordinationSettings settings;

	MidOperationReview(LivePicture picture, Figures figures, PhasesAndProfiles plans, OperationRegister operations,
			CoordinationSettings settings) {
		this.picture = picture;
		this.figures = figures;
		this.plans = plans;
		this.operations = operations;
		this.settings = settings;
	}

	/** The review of the phase (without one: the last phase closed, else the first), for those who follow the operation. */
	public Review of(OperationId operationId, @Nullable Integer phase) {
		picture.requireFollow(operationId);
		var operation = operations.find(operationId);
		var phases = plans.phases(operationId);
		int reviewed = phase != null ? phase
				: phases.stream().filter(p -> p.closedAt() != null).mapToInt(PhasesAndProfiles.PhaseDates::phase).max()
					.orElse(1);
		var closedAt = phases.stream().filter(p -> p.phase() == reviewed).findFirst()
			.map(PhasesAndProfiles.PhaseDates::closedAt).orElse(null);
		var statistics = figures.ofPhase(operationId, reviewed);
		var profiles = profiles(operationId, reviewed, statistics);
		var threshold = BigDecimal.valueOf(settings.highHitRate()).setScale(3, RoundingMode.HALF_UP);
		var highHitPlaces = statistics.perLocation().stream()
			.filter(line -> line.controls() >= settings.minControlsForHitRate() && line.hitRate() != null
					&& line.hitRate().compareTo(threshold) >= 0)
			.toList();
		return new Review(operationId, operation.plan().name(), operation.marking(), reviewed, closedAt, statistics,
				profiles, profiles.stream().filter(p -> p.seizures() == 0).toList(), highHitPlaces, threshold,
				"/operations/" + operationId.value() + "/risk-profiles");
	}

	/** The phase's profiles as versioned, each with its figures; profiles only known from reports come after them. */
	private List<ProfileResult> profiles(OperationId operationId, int phase, Statistics statistics) {
		var lines = new LinkedHashMap<String, Statistics.ProfileLine>();
		statistics.perProfile().forEach(line -> lines.put(line.profileId(), line));
		var results = new ArrayList<ProfileResult>();
		for (var profile : plans.profiles(operationId, phase)) {
			var line = lines.remove(profile.id().toString());
			results.add(line == null ? new ProfileResult(profile.id().toString(), profile.name(), profile.version(), 0, 0, null)
					: new ProfileResult(line.profileId(), profile.name(), profile.version(), line.controls(),
							line.seizures(), line.hitRate()));
		}
		lines.values().forEach(line -> results.add(new ProfileResult(line.profileId(), line.name(), 0, line.controls(),
				line.seizures(), line.hitRate())));
		return results;
	}
}
