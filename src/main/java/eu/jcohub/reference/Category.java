package eu.jcohub.reference;

import org.jspecify.annotations.Nullable;

/** An entry of a two-level list (risk areas, transport modes): {@code COCAINE} under {@code DRUGS}. */
public record Category(String code, String name, @Nullable String parent) {
}
