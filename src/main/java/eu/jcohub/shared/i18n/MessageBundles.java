package eu.jcohub.shared.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in a bundle of its own, {@code i18n/<module>.properties} (plus
 * {@code _de}, {@code _fr} … once translated), besides the shared {@code messages.properties}. They are found on the
 * class path, so a new module adds its bundle without editing anyone's configuration.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	@Bean
	MessageSource messageSource() {
		var source = new ResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		// Texts with no arguments keep their apostrophes as written.
		source.setAlwaysUseMessageFormat(false);
		return source;
	}

	/** {@code messages} and each {@code i18n/<name>.properties} without a language suffix, sorted. */
	static List<String> basenames() {
		try {
			var bundles = new ArrayList<String>();
			bundles.add("messages");
			Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties"))
				.map(resource -> resource.getFilename())
				.filter(Objects::nonNull)
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.filter(name -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?"))
				.distinct()
				.sorted(Comparator.naturalOrder())
				.forEach(name -> bundles.add("i18n/" + name));
			return bundles;
		}
		catch (IOException e) {
			throw new UncheckedIOException("the message bundles cannot be listed", e);
		}
	}
}
