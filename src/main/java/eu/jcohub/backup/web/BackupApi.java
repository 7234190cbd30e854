package eu.jcohub.backup.web;

import eu.jcohub.backup.Backups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The backup download: streamed as it is read, never held whole in memory. */
@RestController
@Tag(name = "Backup", description = "A consistent copy of everything JCO Hub holds, for administrators")
class BackupApi {

	private final Backups backups;

	BackupApi(Backups backups) {
		this.backups = backups;
	}

	@GetMapping("/api/admin/backup")
	@Operation(summary = "Download a backup of the whole database, consistent as of one moment (administrators)")
	void backup(HttpServletResponse response) throws IOException {
		backups.requireMayTake();
		var name = backups.nameNow();
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var out = new BufferedOutputStream(response.getOutputStream(), 1 << 16);
		backups.download(name, out);
		out.flush();
	}
}
