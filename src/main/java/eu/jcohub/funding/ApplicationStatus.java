package eu.jcohub.funding;

/** Where an application to a programme stands. */
public enum ApplicationStatus {
	DRAFT, SUBMITTED, GRANTED, PARTLY_GRANTED, REFUSED, WITHDRAWN;

	/** The programme decided on it. */
	public boolean decided() {
		return this == GRANTED || this == PARTLY_GRANTED || this == REFUSED;
	}

	/** It brings money: the operation is funded. */
	public boolean funds() {
		return this == GRANTED || this == PARTLY_GRANTED;
	}

	public boolean submitted() {
		return this != DRAFT && this != WITHDRAWN;
	}
}
