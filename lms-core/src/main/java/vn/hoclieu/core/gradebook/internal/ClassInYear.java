package vn.hoclieu.core.gradebook.internal;

import vn.hoclieu.core.school.model.SchoolClass;
import vn.hoclieu.core.school.model.SchoolYear;

/** A class with its year (and so its school), as every question about its gradebook starts. */
record ClassInYear(SchoolClass schoolClass, SchoolYear year) {

    long id() {
        return schoolClass.id();
    }
}
