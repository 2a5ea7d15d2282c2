package vn.hoclieu.web.home.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.web.account.CurrentUser;

import java.util.List;
import java.util.Optional;

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

    // pages read each value more than once (to render and to test for emptiness): query once per request
    private List<ClassSummary> taughtClasses;
    private Optional<ClassSummary> myClass;
    private List<ClassSummary> schoolClasses;
    private Optional<String> schoolYear;

    public List<ClassSummary> getTaughtClasses() {
        if (taughtClasses == null) {
            taughtClasses = currentUser.account().map(a -> schools.classesTaughtBy(a.id())).orElse(List.of());
        }
        return taughtClasses;
    }

    public ClassSummary getMyClass() {
        if (myClass == null) {
            myClass = currentUser.account().flatMap(a -> schools.classOf(a.id()));
        }
        return myClass.orElse(null);
    }

    public List<ClassSummary> getSchoolClasses() {
        if (schoolClasses == null) {
            schoolClasses = schoolId() == null ? List.of() : schools.classesOf(schoolId());
        }
        return schoolClasses;
    }

    public String getSchoolYear() {
        if (schoolYear == null) {
            schoolYear = schoolId() == null ? Optional.empty() : schools.currentYearOf(schoolId());
        }
        return schoolYear.orElse(null);
    }

    public long getAccountCount() {
        return accounts.count();
    }

    private Long schoolId() {
        return currentUser.account().map(Account::schoolId).orElse(null);
    }
}
