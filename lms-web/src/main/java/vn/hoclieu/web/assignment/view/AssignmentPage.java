package vn.hoclieu.web.assignment.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import vn.hoclieu.core.assignment.AssignmentAccessDeniedException;
import vn.hoclieu.core.assignment.AssignmentException;
import vn.hoclieu.core.assignment.AssignmentNotFoundException;
import vn.hoclieu.core.file.FileException;
import vn.hoclieu.web.file.FileRefusals;
import vn.hoclieu.core.assignment.InvalidAssignmentException;
import vn.hoclieu.core.assignment.SubmissionRefusedException;
import vn.hoclieu.core.classroom.NotInClassException;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.web.i18n.PageMessages;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a change from an assignment page and says, in the reader's words, why the service refused it (as the API would). */
@RequestScoped
public class AssignmentPage {

    @Inject
    PageMessages messages;

    /** An action that may be refused or fail to read its upload. */
    @FunctionalInterface
    public interface Change {
        void run() throws IOException;
    }

    public boolean attempt(Change change) {
        try {
            change.run();
            return true;
        } catch (AssignmentException refused) {
            explain(refused);
        } catch (FileException refused) {
            messages.errorAt(null, FileRefusals.messageKey(refused), FileRefusals.arguments(refused));
        } catch (NotInClassException stranger) {
            messages.errorAt(null, "session.notInClass");
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(v -> messages.errorAt(null, "classroom.invalid", v.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    private void explain(AssignmentException refused) {
        switch (refused) {
            case SubmissionRefusedException r -> messages.errorAt(null, "assignment.refused." + r.code(),
                    r.arguments().stream().map(VietnamTime::shown).toArray());
            case InvalidAssignmentException i -> messages.errorAt(null, i.messageKey());
            case AssignmentNotFoundException n -> messages.errorAt(null, "api.notFound");
            case AssignmentAccessDeniedException d -> messages.errorAt(null, "api.forbidden");
            default -> messages.errorAt(null, "api.invalid");
        }
    }

    /** A problem the page found before asking the service. */
    public void invalid(String key) {
        messages.errorAt(null, key);
    }

    public void saved(String key) {
        messages.info(key);
        messages.acrossRedirect();
    }
}
