package eu.jcohub.deconfliction;

/** Why two operations collide on one dimension, in words a planner reads. */
public record ConflictReason(Dimension dimension, String detail) {
}
