package vn.hoclieu.web.home.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.web.account.view.CurrentUser;

import java.util.List;

/** What each role's home page shows; for now mostly the school structure the person belongs to. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolService schools;

    @Inject
    AccountService accounts;

    public List<ClassSummary> getTaughtClasses() {
        return currentUser.account().map(a -> schools.classesTaughtBy(a.id())).orElse(List.of());
    }

    public ClassSummary getMyClass() {
        return currentUser.account().flatMap(a -> schools.classOf(a.id())).orElse(null);
    }

    public List<ClassSummary> getSchoolClasses() {
        return schoolId() == null ? List.of() : schools.classesOf(schoolId());
    }

    public String getSchoolYear() {
        return schoolId() == null ? null : schools.currentYearOf(schoolId()).orElse(null);
    }

    public long getAccountCount() {
        return accounts.count();
    }

    private Long schoolId() {
        return currentUser.account().map(Account::schoolId).orElse(null);
    }
}
