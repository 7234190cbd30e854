package eu.jcohub.exchange;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Sequence;

/** An event's revision and whether it is called off, as its SEQUENCE, LAST-MODIFIED, DTSTAMP and STATUS say. */
final class IcsVersions {

	private IcsVersions() {
	}

	static Revision revision(VEvent event) {
		int sequence = event.<Sequence>getProperty(Property.SEQUENCE).map(Sequence::getSequenceNo).orElse(0);
		Optional<Instant> modified = event.<LastModified>getProperty(Property.LAST_MODIFIED).map(LastModified::getDate)
			.or(() -> event.<DtStamp>getProperty(Property.DTSTAMP).map(DtStamp::getDate));
		return new Revision(sequence, modified.orElse(null));
	}

	/** The latest of several copies of one event in a file (a calendar may carry an event and its update). */
	static VEvent latest(List<VEvent> copies) {
		return copies.stream().max(Comparator.comparing(IcsVersions::revision)).orElseThrow();
	}

	static boolean cancelled(VEvent event) {
		return event.getProperty(Property.STATUS).map(Property::getValue).filter("CANCELLED"::equalsIgnoreCase).isPresent();
	}
}
