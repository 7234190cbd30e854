package eu.jcohub.planning.internal;

import eu.jcohub.planning.ChecklistTemplate;
import eu.jcohub.planning.Deadline;
import eu.jcohub.planning.TaskCategory;
import eu.jcohub.shared.DomainRuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checklist templates with their items. */
@Repository
public class TemplateStore {

	private final JdbcClient jdbc;

	TemplateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ChecklistTemplate> all() {
		var items = new HashMap<UUID, List<ChecklistTemplate.Item>>();
		jdbc.sql("""
				select template_id, title, category, offset_amount, offset_unit, anchor, owner_organisation
				from checklist_template_items order by template_id, position""")
			.query(rs -> {
				items.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new ChecklistTemplate.Item(rs.getString(2), TaskCategory.valueOf(rs.getString(3)),
							new Deadline(rs.getInt(4), Deadline.Unit.valueOf(rs.getString(5)),
									Deadline.Anchor.valueOf(rs.getString(6))),
							rs.getString(7)));
			});
		return jdbc.sql("select id, name, description, version from checklist_templates order by name")
			.query((rs, row) -> {
				var id = rs.getObject(1, UUID.class);
				return new ChecklistTemplate(id, rs.getString(2), rs.getString(3), items.getOrDefault(id, List.of()),
						rs.getLong(4));
			})
			.list();
	}

	public Optional<ChecklistTemplate> find(UUID id) {
		return all().stream().filter(template -> template.id().equals(id)).findFirst();
	}

	public boolean nameTaken(String name, UUID except) {
		return jdbc.sql("select exists (select 1 from checklist_templates where lower(name) = lower(?) and id <> ?)")
			.params(name, except)
			.query(Boolean.class)
			.single();
	}

	public void insert(ChecklistTemplate template) {
		jdbc.sql("insert into checklist_templates (id, name, description) values (?, ?, ?)")
			.params(template.id(), template.name(), template.description())
			.update();
		insertItems(template);
	}

	/** Replaces name, description and items, if nobody changed the template since {@code expectedVersion}. */
	public void update(ChecklistTemplate template, long expectedVersion) {
		int updated = jdbc.sql("""
				update checklist_templates set name = ?, description = ?, version = version + 1, updated_at = now()
				where id = ? and version = ?""")
			.params(template.name(), template.description(), template.id(), expectedVersion)
			.update();
		if (updated == 0) {
			throw new DomainRuleViolation("Template " + template.name() + " was changed by someone else in the meantime;"
					+ " reload it and apply your change again.");
		}
		jdbc.sql("delete from checklist_template_items where template_id = ?").param(template.id()).update();
		insertItems(template);
	}

	private void insertItems(ChecklistTemplate template) {
		int position = 0;
		for (var item : template.items()) {
			jdbc.sql("""
					insert into checklist_template_items (template_id, position, title, category, offset_amount,
					    offset_unit, anchor, owner_organisation)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(template.id(), ++position, item.title(), item.category().name(), item.deadline().amount(),
						item.deadline().unit().name(), item.deadline().anchor().name(), item.ownerOrganisation())
				.update();
		}
	}
}
