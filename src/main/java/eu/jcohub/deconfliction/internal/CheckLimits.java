package eu.jcohub.deconfliction.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many drafts one user may check for conflicts: enough for planning, too few for probing the calendar
 * systematically (each check that meets an operation the user may not see tells at most that a conflict exists,
 * and is audited and told to its owners). Counted in memory, per instance.
 *
 * @param perMinute checks per user in any minute
 * @param perDay checks per user in any 24 hours
 */
@ConfigurationProperties("jcohub.deconfliction.checks")
public record CheckLimits(@DefaultValue("20") int perMinute, @DefaultValue("300") int perDay) {
}
