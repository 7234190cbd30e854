package eu.jcohub.accounts.web;

import eu.jcohub.accounts.AccountLifecycle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What administrators do to an account's access: disable and enable it, or end its sessions and tokens. */
@RestController
@Tag(name = "Account administration", description = "Administrators end an account's access: its sessions and tokens")
class AccountAdministrationApi {

	private final AccountLifecycle lifecycle;

	AccountAdministrationApi(AccountLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@PostMapping("/api/accounts/{username}/disable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Disable an account (administrators)", description = "It can no longer sign in, and its "
			+ "sessions and its API and calendar feed tokens end at once.")
	void disable(@PathVariable String username) {
		lifecycle.disable(username);
	}

	@PostMapping("/api/accounts/{username}/enable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Enable a disabled account again (administrators); its old tokens stay revoked")
	void enable(@PathVariable String username) {
		lifecycle.enable(username);
	}

	@PostMapping("/api/accounts/{username}/revoke-access")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End an account's sessions and revoke all its tokens (administrators)", description = "For a "
			+ "lost device or a leaked token; the account may sign in again and issue new tokens.")
	void revokeAccess(@PathVariable String username) {
		lifecycle.revokeAccess(username);
	}
}
