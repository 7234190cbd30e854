package eu.jcohub.seizures;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The units a field report's quantity is given in, and which of them fit which goods. */
public enum Unit {
	KG, G, L, PIECES, STICKS, CONTAINERS, EUR;

	private static final Set<Unit> WEIGHED = EnumSet.of(KG, G);
	/** Goods whose quantity only makes sense in some units (litres of cigarettes do not); others take any but euro. */
	private static final Map<String, Set<Unit>> FITTING = Map.ofEntries(
			Map.entry("CIGARETTES", EnumSet.of(STICKS, PIECES, KG, G, CONTAINERS)),
			Map.entry("RAW_TOBACCO", EnumSet.of(KG, G, CONTAINERS)),
			Map.entry("TOBACCO", EnumSet.of(STICKS, PIECES, KG, G, CONTAINERS)),
			Map.entry("ALCOHOL", EnumSet.of(L, PIECES, CONTAINERS)),
			Map.entry("FUEL", EnumSet.of(L, KG, CONTAINERS)),
			Map.entry("CASH", EnumSet.of(EUR)),
			Map.entry("DRUGS", EnumSet.of(KG, G, PIECES, L)),
			Map.entry("COCAINE", WEIGHED), Map.entry("HEROIN", WEIGHED), Map.entry("CANNABIS", EnumSet.of(KG, G, PIECES)),
			Map.entry("SYNTHETIC_DRUGS", EnumSet.of(KG, G, PIECES)), Map.entry("PRECURSORS", EnumSet.of(KG, G, L)));

	/** Whether a quantity of these goods can be given in this unit. */
	public boolean fits(String riskArea) {
		var fitting = FITTING.get(riskArea);
		return fitting == null ? this != EUR : fitting.contains(this);
	}
}
