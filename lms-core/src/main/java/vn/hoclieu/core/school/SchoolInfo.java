package vn.hoclieu.core.school;

import vn.hoclieu.core.school.model.SchoolLevel;

/** A school: its grades follow from its level. */
public record SchoolInfo(long id, String code, String name, String commune, String province, SchoolLevel level) {
}
