package eu.jcohub.shared.web;

import eu.jcohub.shared.Texts;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON bodies are read as they are typed: a number where text is expected (or text where a number is) is an
 * error, not a guess; a fraction is no whole number, a number no date; an enumeration is named, not numbered;
 * and no text may hold the NUL character, which cannot be stored. {@link JsonInputErrors} says what was wrong,
 * field by field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

	@Bean
	JsonMapperBuilderCustomizer strictTypes() {
		return builder -> builder
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			// Not lenient: a date is written as a date, never as a count of days since 1970.
			.defaultLeniency(false)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer,
					CoercionAction.Fail).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer, number -> number.setCoercion(CoercionInputShape.String,
					CoercionAction.Fail).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float, number -> number.setCoercion(CoercionInputShape.String,
					CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, flag -> flag.setCoercion(CoercionInputShape.String,
					CoercionAction.Fail).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum, choice -> choice.setCoercion(CoercionInputShape.Integer,
					CoercionAction.Fail))
			.addModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableText()));
	}

	/** Text as JSON has it, refused when it holds a NUL character. */
	static final class StorableText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			var text = super.deserialize(parser, context);
			if (!Texts.storable(text)) {
				return (String) context.handleWeirdStringValue(String.class, text, Texts.NUL);
			}
			return text;
		}
	}
}
