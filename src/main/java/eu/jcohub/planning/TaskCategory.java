package eu.jcohub.planning;

/** What part of planning a task belongs to, so a checklist reads by theme. */
public enum TaskCategory { PLANNING, FUNDING, PARTICIPATION, RISK_ANALYSIS, LOGISTICS, BRIEFING, FOLLOW_UP, OTHER }
