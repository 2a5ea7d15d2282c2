package vn.hoclieu.web.review.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.material.view.ContributorPage;

/**
 * The review pages are for one role each, while web.xml only asks for a signed-in person: anyone
 * else gets the 403 page. Actions check again, since a view action runs on the first GET only.
 */
@RequestScoped
public class PageAccess {

    @Inject
    CurrentUser currentUser;

    /** True when the signed-in person holds the role; otherwise the 403 page has been sent. */
    public boolean require(Role role) {
        if (currentUser.is(role.name())) {
            return true;
        }
        refuse(403);
        return false;
    }

    public static void refuse(int status) {
        ContributorPage.refuse(status);
    }
}
