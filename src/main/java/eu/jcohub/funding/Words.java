package eu.jcohub.funding;

/** Words of the funding bundle in the reader's language: the advisor gives its reasons through it. */
@FunctionalInterface
public interface Words {

	String text(String key, Object... arguments);
}
