package eu.jcohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.jcohub.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PlansCollectionJobTests {

	@Autowired
	PlansCollectionJob job;

	@Autowired
	JdbcClient jdbc;

	@Test
	void remindsOncePerSemesterWhenDue() {
		assertThat(job.remindIfDue(LocalDate.of(2095, 10, 1))).isFalse();
		assertThat(job.remindIfDue(LocalDate.of(2095, 11, 10))).isTrue();
		assertThat(job.remindIfDue(LocalDate.of(2095, 11, 11))).isFalse();
		assertThat(jdbc.sql("select count(*) from plans_collection_reminders where semester = '2096-1'")
			.query(Integer.class).single()).isEqualTo(1);
	}
}
