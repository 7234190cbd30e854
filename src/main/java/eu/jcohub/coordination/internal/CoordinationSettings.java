package eu.jcohub.coordination.internal;

import eu.jcohub.coordination.internal.DropRule.Parameters;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OCU's settings ({@code jcohub.coordination.*}, defaults in application.properties).
 *
 * @param drop the drop warning's parameters: {@code default} and per transport mode ({@code modes.ROAD …}); a
 *        narrower mode (MARITIME_RORO) takes its broader mode's (MARITIME) unless it has its own
 * @param highHitRate a place whose hit rate reaches this share is suggested for more targeting at the review
 * @param minControlsForHitRate a place or profile with fewer controls says nothing at the review
 */
@ConfigurationProperties("jcohub.coordination")
public record CoordinationSettings(Drop drop, double highHitRate, int minControlsForHitRate) {

	public CoordinationSettings {
		drop = drop == null ? new Drop(new Parameters(3, 2, 0.5, 3, 0.5), Map.of()) : drop;
	}

	public record Drop(Parameters defaults, Map<String, Parameters> modes) {

		public Drop {
			modes = modes == null ? Map.of() : Map.copyOf(modes);
		}
	}
}
