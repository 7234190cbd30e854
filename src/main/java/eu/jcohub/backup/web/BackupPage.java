package eu.jcohub.backup.web;

import eu.jcohub.backup.Backups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' page: download a backup now, the daily backups, and how to restore one. */
@Controller
class BackupPage {

	private final Backups backups;

	BackupPage(Backups backups) {
		this.backups = backups;
	}

	@GetMapping("/admin/backup")
	String page(Model model) {
		backups.requireMayTake();
		model.addAttribute("schedule", backups.schedule());
		model.addAttribute("stored", backups.stored());
		return "backup/index";
	}
}
