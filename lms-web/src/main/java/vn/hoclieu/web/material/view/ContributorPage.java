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
 * Contributing (the form, "my materials") is for those who may contribute through the API too:
 * teachers, reviewers and admins (web.xml only asks for a signed-in person). Anyone else gets the
 * 403 page; a material the reader may not see gets the 404 page.
 */
@RequestScoped
public class ContributorPage {

    @Inject
    CurrentUser currentUser;

    static final java.util.List<String> CONTRIBUTORS = java.util.List.of("TEACHER", "REVIEWER", "SCHOOL_ADMIN", "DISTRICT_ADMIN");

    /** The signed-in contributor, or null after answering 403. */
    public Account contributorOrRefuse() {
        if (CONTRIBUTORS.stream().noneMatch(currentUser::is)) {
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
