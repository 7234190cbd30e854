package eu.jcohub.operations;

/** Why two operations collide on one dimension, in words a planner reads. */
public record ConflictReason(Dimension dimension, String detail) {
}
