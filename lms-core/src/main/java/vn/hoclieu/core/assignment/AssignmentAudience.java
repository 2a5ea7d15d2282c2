package vn.hoclieu.core.assignment;

import vn.hoclieu.core.account.Account;

import java.util.List;

/**
 * Who sets, grades and hands in the assignments of an open course: asked by the assignments
 * feature, answered by the course feature, so that assignments do not depend on courses (an
 * assignment only holds the course's id).
 */
public interface AssignmentAudience {

    /** Whether the account is an author of the course (sets its assignments, reads and grades the work). */
    boolean authors(long courseId, Account account);

    /** Whether the account is enrolled in the course (hands in work). */
    boolean takes(long courseId, Account account);

    /** The ids of the course's enrolled learners (whose work its authors list). */
    List<Long> learners(long courseId);
}
