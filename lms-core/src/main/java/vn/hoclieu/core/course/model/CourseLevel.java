package vn.hoclieu.core.course.model;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** For whom a course is pitched: primary (grades 1–5), lower secondary (6–9), or adults. */
public enum CourseLevel {
    PRIMARY(1, 5), LOWER_SECONDARY(6, 9), ADULT(1, 9);

    private final int firstGrade;
    private final int lastGrade;

    CourseLevel(int firstGrade, int lastGrade) {
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    /** The grades its carrier material declares, so that review finds a pool (any pool of the subject for adults). */
    public Set<Integer> grades() {
        return IntStream.rangeClosed(firstGrade, lastGrade).boxed().collect(Collectors.toCollection(TreeSet::new));
    }
}
