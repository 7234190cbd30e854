package eu.jcohub.notifications;

import eu.jcohub.support.matrix.MatrixPart;
import eu.jcohub.support.matrix.MatrixRequest;
import eu.jcohub.support.matrix.MatrixScenario;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

class NotificationsMatrixPart implements MatrixPart {

	@Override
	public Optional<MatrixRequest> request(String method, String pattern, MatrixScenario scenario,
			@Nullable String caller) {
		return "POST /notifications/read".equals(method + " " + pattern) ? Optional.of(MatrixRequest.form(pattern, ""))
				: Optional.empty();
	}
}
