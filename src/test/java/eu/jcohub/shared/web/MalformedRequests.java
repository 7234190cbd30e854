package eu.jcohub.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed requests for every operation of an OpenAPI description: its path ids, each query parameter and, for
 * an operation with a body, the body as a whole and each of its properties, one fault at a time.
 */
final class MalformedRequests {

	private static final JsonMapper json = JsonMapper.builder().build();
	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;
	/** Stands for a raw JSON token that a tree cannot hold (a number out of any range). */
	private static final String RAW = "@@raw@@";
	private static final String BOUNDARY = "fuzz-boundary-5c1e";

	private final JsonNode description;
	private final BiFunction<String, JsonNode, String> pathValues;
	private final Map<String, JsonNode> examples;

	/**
	 * @param pathValues a valid value for a path parameter, given the path and the parameter
	 * @param examples a valid value of a body property by its name, where an invented one would not do
	 */
	MalformedRequests(JsonNode description, BiFunction<String, JsonNode, String> pathValues,
			Map<String, JsonNode> examples) {
		this.description = description;
		this.pathValues = pathValues;
		this.examples = examples;
	}

	/** One request; {@code field} is the parameter or body property at fault, if one is. */
	record Attempt(String operation, String method, String target, @Nullable String contentType,
			byte @Nullable [] body, @Nullable String field, String fault) {

		@Override
		public String toString() {
			return operation + " with " + fault + (field == null ? "" : " in " + field);
		}
	}

	/** The operations as requests that are well-formed (for signing in or not). */
	List<Attempt> wellFormed() {
		var attempts = new ArrayList<Attempt>();
		eachOperation((path, method, operation) -> {
			var body = baselineBody(operation);
			attempts.add(new Attempt(method + " " + path, method, path(path, operation, null, null),
					body == null ? null : body.contentType(), body == null ? null : body.bytes(), null, "nothing wrong"));
		});
		return attempts;
	}

	List<Attempt> malformed() {
		var attempts = new ArrayList<Attempt>();
		eachOperation((path, method, operation) -> {
			var name = method + " " + path;
			var body = baselineBody(operation);
			var contentType = body == null ? null : body.contentType();
			var bytes = body == null ? null : body.bytes();
			for (var parameter : parameters(operation, "path")) {
				var field = parameter.get("name").asString();
				for (var bad : List.of("not-a-uuid", "a".repeat(300))) {
					attempts.add(new Attempt(name, method, path(path, operation, field, bad), contentType, bytes, field,
							"path value '" + abbreviated(bad) + "'"));
				}
				// Rejected by the server while reading the address, before any parameter is known.
				attempts.add(new Attempt(name, method, path(path, operation, field, "%00"), contentType, bytes, null,
						"path value %00"));
			}
			var base = path(path, operation, null, null);
			for (var parameter : parameters(operation, "query")) {
				var field = parameter.get("name").asString();
				var values = new ArrayList<>(List.of("%ff%fe", "%zz", "a%00b", "x".repeat(5000)));
				wrongTypeOf(schema(parameter.get("schema"))).ifPresent(values::add);
				for (var bad : values) {
					attempts.add(new Attempt(name, method, base + "?" + field + "=" + bad, contentType, bytes, field,
							"query value '" + abbreviated(bad) + "'"));
				}
			}
			if (body != null && body.contentType().startsWith("application/json")) {
				jsonFaults(name, method, base, body, attempts);
			}
			else if (body != null) {
				multipartFaults(name, method, base, attempts);
			}
		});
		return attempts;
	}

	private void jsonFaults(String name, String method, String target, Body body, List<Attempt> attempts) {
		var text = new String(body.bytes(), StandardCharsets.UTF_8);
		var whole = new ArrayList<String[]>();
		whole.add(new String[] { "truncated JSON", text.substring(0, text.length() / 2) });
		whole.add(new String[] { "2,000-deep nesting", "[".repeat(2000) + "]".repeat(2000) });
		whole.add(new String[] { "2,000-deep nesting in a property", "{\"a\":" + "{\"a\":".repeat(2000) + "1"
				+ "}".repeat(2001) });
		whole.add(new String[] { "empty body", "" });
		whole.add(new String[] { "null body", "null" });
		boolean batch = text.startsWith("[");
		whole.add(batch ? new String[] { "object instead of array", "{}" } : new String[] { "array instead of object", "[]" });
		whole.add(new String[] { "number instead of object", "1e400" });
		for (var fault : whole) {
			attempts.add(new Attempt(name, method, target, "application/json", fault[1].getBytes(StandardCharsets.UTF_8),
					null, fault[0]));
		}
		var garbage = new byte[512];
		new Random(7).nextBytes(garbage);
		attempts.add(new Attempt(name, method, target, "application/json", garbage, null, "binary garbage"));
		attempts.add(new Attempt(name, method, target, "text/plain", body.bytes(), null, "wrong content type"));
		attempts.add(new Attempt(name, method, target, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8),
				null, "XML body"));
		var tree = json.readTree(body.bytes());
		// A batch (an array of items) gets each item property's faults in its first item.
		var baseline = batch ? (ObjectNode) tree.get(0) : (ObjectNode) tree;
		var schema = batch ? body.schema().path("items") : body.schema();
		for (var property : properties(schema, "")) {
			for (var fault : faultsOf(property.schema())) {
				var item = baseline.deepCopy();
				set(item, property.path(), fault.value());
				JsonNode mutated = batch ? nodes.arrayNode().add(item) : item;
				var bytes = json.writeValueAsString(mutated).replace("\"" + RAW + "\"", fault.raw() == null ? ""
						: fault.raw()).getBytes(StandardCharsets.UTF_8);
				attempts.add(new Attempt(name, method, target, "application/json", bytes,
						batch ? "[0]." + property.path() : property.path(), fault.name()));
			}
		}
	}

	private void multipartFaults(String name, String method, String target, List<Attempt> attempts) {
		var withBoundary = "multipart/form-data; boundary=" + BOUNDARY;
		var garbage = new byte[512];
		new Random(11).nextBytes(garbage);
		attempts.add(new Attempt(name, method, target, withBoundary, new byte[0], null, "empty body"));
		attempts.add(new Attempt(name, method, target, withBoundary, ("--" + BOUNDARY + "--\r\n")
			.getBytes(StandardCharsets.UTF_8), null, "no parts"));
		attempts.add(new Attempt(name, method, target, "multipart/form-data", "x".getBytes(StandardCharsets.UTF_8), null,
				"multipart without boundary"));
		attempts.add(new Attempt(name, method, target, withBoundary, garbage, null, "binary garbage"));
		attempts.add(new Attempt(name, method, target, "application/json", "{}".getBytes(StandardCharsets.UTF_8), null,
				"wrong content type"));
		var binaryFile = new java.io.ByteArrayOutputStream();
		binaryFile.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fuzz.csv\""
				+ "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		binaryFile.writeBytes(garbage);
		binaryFile.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		attempts.add(new Attempt(name, method, target, withBoundary, binaryFile.toByteArray(), null, "binary file"));
	}

	private record Fault(String name, JsonNode value, @Nullable String raw) {
	}

	private static List<Fault> faultsOf(JsonNode schema) {
		var faults = new ArrayList<Fault>();
		var type = schema.path("type").asString("object");
		var number = nodes.numberNode(12);
		var text = nodes.stringNode("abc");
		var list = nodes.arrayNode().add("a");
		switch (type) {
			case "string" -> {
				faults.add(new Fault("a number instead of text", number, null));
				faults.add(new Fault("a list instead of text", list, null));
				faults.add(new Fault("an object instead of text", nodes.objectNode(), null));
				faults.add(new Fault("NUL in text", nodes.stringNode("before\u0000after"), null));
				if (schema.has("format") || schema.has("enum")) {
					faults.add(new Fault("an unknown value", nodes.stringNode("2024-13-45T99"), null));
				}
			}
			case "integer", "number" -> {
				faults.add(new Fault("text instead of a number", text, null));
				faults.add(new Fault("a list instead of a number", nodes.arrayNode().add(1), null));
				faults.add(new Fault("1e400", nodes.stringNode(RAW), "1e400"));
				faults.add(new Fault("-1e400", nodes.stringNode(RAW), "-1e400"));
				faults.add(new Fault("a 30-digit number", nodes.stringNode(RAW), "123456789012345678901234567890"));
				if (type.equals("integer")) {
					faults.add(new Fault("a fraction instead of a whole number", nodes.numberNode(1.5), null));
				}
			}
			case "boolean" -> faults.add(new Fault("text instead of true or false", text, null));
			case "array" -> {
				faults.add(new Fault("text instead of a list", text, null));
				faults.add(new Fault("a number instead of a list", number, null));
				faults.add(new Fault("NUL in a listed text", nodes.arrayNode().add("a\u0000b"), null));
			}
			default -> {
				faults.add(new Fault("text instead of an object", text, null));
				faults.add(new Fault("a list instead of an object", list, null));
			}
		}
		return faults;
	}

	private static java.util.Optional<String> wrongTypeOf(JsonNode schema) {
		var type = schema.path("type").asString("");
		if (type.equals("integer") || type.equals("number")) {
			return java.util.Optional.of("123456789012345678901234567890");
		}
		if (type.equals("boolean") || schema.has("format") || schema.has("enum")) {
			return java.util.Optional.of("not-a-value");
		}
		return java.util.Optional.empty();
	}

	private record Property(String path, JsonNode schema) {
	}

	/** Every property, nested ones too (those of an array's first item): {@code phases[0].start}. */
	private List<Property> properties(JsonNode schema, String prefix) {
		var found = new ArrayList<Property>();
		for (var entry : schema(schema).path("properties").properties()) {
			var path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
			var property = schema(entry.getValue());
			found.add(new Property(path, property));
			if (property.path("type").asString("").equals("array") && schema(property.path("items")).has("properties")) {
				found.addAll(properties(property.path("items"), path + "[0]"));
			}
			else if (property.has("properties")) {
				found.addAll(properties(property, path));
			}
		}
		return found;
	}

	private static void set(ObjectNode root, String path, JsonNode value) {
		JsonNode parent = root;
		var steps = path.split("\\.");
		for (int i = 0; i < steps.length - 1; i++) {
			parent = step(parent, steps[i]);
		}
		((ObjectNode) parent).set(steps[steps.length - 1], value);
	}

	private static JsonNode step(JsonNode node, String step) {
		int bracket = step.indexOf('[');
		if (bracket < 0) {
			return node.get(step);
		}
		var list = node.get(step.substring(0, bracket));
		return list.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
	}

	private record Body(String contentType, byte[] bytes, JsonNode schema) {
	}

	private @Nullable Body baselineBody(JsonNode operation) {
		var content = operation.path("requestBody").path("content");
		if (content.isMissingNode() || content.isEmpty()) {
			return null;
		}
		if (content.has("application/json")) {
			var schema = schema(content.get("application/json").path("schema"));
			var value = example(schema, null);
			return new Body("application/json", json.writeValueAsBytes(value), schema);
		}
		var type = content.propertyNames().iterator().next();
		var schema = schema(content.get(type).path("schema"));
		if (type.startsWith("multipart/")) {
			return new Body("multipart/form-data; boundary=" + BOUNDARY, multipart(schema), schema);
		}
		return new Body(type, "x".getBytes(StandardCharsets.UTF_8), schema);
	}

	private byte[] multipart(JsonNode schema) {
		var out = new StringBuilder();
		for (var entry : schema.path("properties").properties()) {
			var binary = "binary".equals(entry.getValue().path("format").asString(""));
			out.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(entry.getKey())
				.append('"').append(binary ? "; filename=\"fuzz.csv\"\r\nContent-Type: text/csv" : "")
				.append("\r\n\r\nx\r\n");
		}
		return out.append("--").append(BOUNDARY).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private JsonNode example(JsonNode schema, @Nullable String name) {
		if (name != null && examples.containsKey(name)) {
			return examples.get(name);
		}
		schema = schema(schema);
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		return switch (schema.path("type").asString("object")) {
			case "string" -> nodes.stringNode(switch (schema.path("format").asString("")) {
				case "date" -> "2024-05-05";
				case "date-time" -> "2024-05-05T10:00:00Z";
				// An identifier of nothing: well formed, so that the field at fault is the one read as at fault.
				case "uuid" -> "3f2c6a80-7d1e-4f5b-9a0c-2b7e1d4c8a90";
				default -> "x";
			});
			case "integer", "number" -> nodes.numberNode(1);
			case "boolean" -> nodes.booleanNode(true);
			case "array" -> {
				ArrayNode list = nodes.arrayNode();
				list.add(example(schema.path("items"), null));
				yield list;
			}
			default -> {
				ObjectNode object = nodes.objectNode();
				for (var entry : schema.path("properties").properties()) {
					object.set(entry.getKey(), example(entry.getValue(), entry.getKey()));
				}
				yield object;
			}
		};
	}

	private JsonNode schema(JsonNode schema) {
		var ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return description.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	private static List<JsonNode> parameters(JsonNode operation, String in) {
		var found = new ArrayList<JsonNode>();
		operation.path("parameters").forEach(parameter -> {
			if (in.equals(parameter.path("in").asString(""))) {
				found.add(parameter);
			}
		});
		return found;
	}

	/** The path with valid values, except {@code field}, which gets {@code value} as it is (already encoded). */
	private String path(String path, JsonNode operation, @Nullable String field, @Nullable String value) {
		var result = path;
		for (var parameter : parameters(operation, "path")) {
			var name = parameter.get("name").asString();
			var replacement = name.equals(field) ? value : pathValues.apply(path, parameter);
			result = result.replace("{" + name + "}", replacement);
		}
		return result;
	}

	private interface OperationVisitor {

		void visit(String path, String method, JsonNode operation);
	}

	private void eachOperation(OperationVisitor visitor) {
		for (var path : description.path("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				visitor.visit(path.getKey(), operation.getKey().toUpperCase(java.util.Locale.ROOT), operation.getValue());
			}
		}
	}

	private static String abbreviated(String value) {
		return value.length() > 20 ? value.substring(0, 10) + "… (" + value.length() + " characters)" : value;
	}
}
