package eu.jcohub.reference.web;

import eu.jcohub.reference.ReferenceData;
import eu.jcohub.reference.ReferenceKind;
import eu.jcohub.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data", description = "The lists codes come from: countries, organisations, risk areas, transport modes, locations")
class ReferenceApi {

	private final ReferenceData reference;

	ReferenceApi(ReferenceData reference) {
		this.reference = reference;
	}

	@GetMapping("/api/reference/{kind}")
	@Operation(summary = "A reference list: countries, organisations, risk-areas, transport-modes or locations")
	List<?> list(@PathVariable String kind) {
		return reference.list(ReferenceKind.fromPath(kind).orElseThrow(() -> new NotFound("Reference list", kind)));
	}
}
