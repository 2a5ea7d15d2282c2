package vn.hoclieu.web.assignment.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.assignment.AssignmentDetails;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.SubmissionStatus;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.core.VietnamTime;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The "Bài tập" lists: a class page's assignments and a pupil's work still to do on their home page. */
@Named
@RequestScoped
public class ClassAssignmentsView {

    @Inject
    AssignmentService assignments;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, List<AssignmentDetails>> byClass = new ConcurrentHashMap<>();
    private List<AssignmentDetails> upcoming;

    /** The class's assignments as the reader may see them (the page itself checked they belong to the class). */
    public List<AssignmentDetails> of(long classId) {
        return byClass.computeIfAbsent(classId, c -> assignments.ofClass(c, currentUser.required()));
    }

    public List<AssignmentDetails> getUpcoming() {
        if (upcoming == null) {
            upcoming = currentUser.account().filter(a -> a.has(Role.STUDENT)).map(assignments::upcomingFor).orElse(List.of());
        }
        return upcoming;
    }

    /** How many pupils handed in (submitted or graded), for teachers' lines. */
    public long handedIn(AssignmentDetails a) {
        return a.counts() == null ? 0 : a.counts().getOrDefault(SubmissionStatus.SUBMITTED, 0L) + a.counts().getOrDefault(SubmissionStatus.GRADED, 0L);
    }

    public boolean isPastDue(AssignmentDetails a) {
        return Instant.now().isAfter(a.dueAt());
    }

    public String moment(Instant at) {
        return VietnamTime.format(at);
    }
}
