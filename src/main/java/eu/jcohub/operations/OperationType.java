package eu.jcohub.operations;

/** What kind of operation it is, and so who typically organises it. */
public enum OperationType { JCO_FULL_SCALE, JCO_REGIONAL, NATIONAL, JOINT_POLICE_CUSTOMS, OTHER_BODY }
