package eu.jcohub.operations;

/** The policy domain of the operation (decides funding). */
public enum PolicyDomain { CUSTOMS, FINANCIAL_INTERESTS, CRIME_PREVENTION }
