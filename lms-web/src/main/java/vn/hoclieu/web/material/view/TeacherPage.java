package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.web.account.CurrentUser;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The material pages are for teachers (web.xml only asks for a signed-in person): anyone else
 * gets the 403 page, and a material that is not the teacher's own gets the 404 page.
 */
@RequestScoped
public class TeacherPage {

    @Inject
    CurrentUser currentUser;

    /** The signed-in teacher, or null after answering 403. */
    public Account teacherOrRefuse() {
        if (!currentUser.is("TEACHER")) {
            refuse(403);
            return null;
        }
        return currentUser.account().orElseThrow();
    }

    public static void refuse(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
