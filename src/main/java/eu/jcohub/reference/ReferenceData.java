package eu.jcohub.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reference lists, read once and held in memory: they are small and read on every validation.
 * {@link #reload()} picks up an administrator's edits. Every list comes sorted by the name shown, as a reader
 * looks for it (Switzerland after Sweden, not after Belarus); two-level lists keep each entry under its parent.
 */
@Service
public class ReferenceData {

	private final JdbcClient jdbc;
	private volatile Snapshot snapshot;

	ReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.snapshot = load();
	}

	public void reload() {
		this.snapshot = load();
	}

	public Collection<Country> countries() {
		return snapshot.countries.values();
	}

	public Collection<Organisation> organisations() {
		return snapshot.organisations.values();
	}

	public Collection<Category> riskAreas() {
		return snapshot.riskAreas.values();
	}

	public Collection<Category> transportModes() {
		return snapshot.transportModes.values();
	}

	public Collection<Location> locations() {
		return snapshot.locations.values();
	}

	public Optional<Country> country(String code) {
		return Optional.ofNullable(snapshot.countries.get(code));
	}

	public Optional<Organisation> organisation(String code) {
		return Optional.ofNullable(snapshot.organisations.get(code));
	}

	/** The organisation's name, or the code itself if the list does not have it. */
	public String organisationName(String code) {
		return organisation(code).map(Organisation::name).orElse(code);
	}

	/** The organisations' names, in the order of their codes. */
	public java.util.List<String> organisationNames(java.util.Collection<String> codes) {
		return codes.stream().map(this::organisationName).toList();
	}

	public Optional<Category> riskArea(String code) {
		return Optional.ofNullable(snapshot.riskAreas.get(code));
	}

	/** The risk area's name, or the code itself if the list does not have it. */
	public String riskAreaName(String code) {
		return riskArea(code).map(Category::name).orElse(code);
	}

	public Optional<Category> transportMode(String code) {
		return Optional.ofNullable(snapshot.transportModes.get(code));
	}

	/** The risk area and the narrower ones under it ({@code DRUGS}: drugs, cocaine, heroin …), for filters. */
	public java.util.Set<String> riskAreaAndNarrower(String code) {
		return withNarrower(code, riskAreas());
	}

	/** The transport mode and the narrower ones under it ({@code MARITIME}: containers, ro-ro …), for filters. */
	public java.util.Set<String> transportModeAndNarrower(String code) {
		return withNarrower(code, transportModes());
	}

	private static java.util.Set<String> withNarrower(String code, Collection<Category> categories) {
		var codes = new java.util.TreeSet<String>();
		codes.add(code);
		categories.stream().filter(category -> code.equals(category.parent())).map(Category::code).forEach(codes::add);
		return codes;
	}

	/** A location code names a control location, or a whole country by its ISO code when the place is not known. */
	public boolean isLocation(String code) {
		return snapshot.locations.containsKey(code) || snapshot.countries.containsKey(code);
	}

	public Optional<Location> location(String code) {
		return Optional.ofNullable(snapshot.locations.get(code));
	}

	/** The control location's name, or the code itself if the list does not have it. */
	public String locationName(String code) {
		return location(code).map(Location::name).orElse(code);
	}

	public List<?> list(ReferenceKind kind) {
		return switch (kind) {
			case COUNTRIES -> List.copyOf(countries());
			case ORGANISATIONS -> List.copyOf(organisations());
			case RISK_AREAS -> List.copyOf(riskAreas());
			case TRANSPORT_MODES -> List.copyOf(transportModes());
			case LOCATIONS -> List.copyOf(locations());
		};
	}

	private Snapshot load() {
		var countries = ByName.sorted(jdbc.sql("select code, name, kind from countries")
			.query((rs, n) -> new Country(rs.getString(1), rs.getString(2), Country.Kind.valueOf(rs.getString(3))))
			.list(), Country::name);
		var organisations = ByName.sorted(jdbc.sql("select code, name, kind, country, coalesce(abbreviation, code) from organisations")
			.query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2),
					Organisation.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
			.list(), Organisation::name);
		var riskAreas = ByName.underParents(jdbc.sql("select code, name, parent from risk_areas")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list());
		var modes = ByName.underParents(jdbc.sql("select code, name, parent from transport_modes")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list());
		var locations = ByName.sorted(jdbc.sql("select code, name, country, kind, note from locations")
			.query((rs, n) -> new Location(rs.getString(1), rs.getString(2), rs.getString(3),
					Location.Kind.valueOf(rs.getString(4)), rs.getString(5)))
			.list(), Location::name);
		return new Snapshot(byCode(countries, Country::code), byCode(organisations, Organisation::code),
				byCode(riskAreas, Category::code), byCode(modes, Category::code), byCode(locations, Location::code));
	}

	private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
		return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private record Snapshot(Map<String, Country> countries, Map<String, Organisation> organisations,
			Map<String, Category> riskAreas, Map<String, Category> transportModes, Map<String, Location> locations) {
	}
}
