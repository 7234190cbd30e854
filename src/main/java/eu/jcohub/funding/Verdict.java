package eu.jcohub.funding;

/** Whether a programme pays for an operation: all its costs, part of them, or none. */
public enum Verdict { ELIGIBLE, PARTLY, NOT_ELIGIBLE }
