package eu.jcohub.access;

/** A role held on one operation only. */
public enum OperationRole { LEADER, OCU_OPERATOR, ANALYST }
