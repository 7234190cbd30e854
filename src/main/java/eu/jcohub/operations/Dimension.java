package eu.jcohub.operations;

/** A dimension on which two operations can collide. */
public enum Dimension { DATES, PARTICIPANTS, RISK_AREAS, TRANSPORT_MODES, LOCATIONS }
