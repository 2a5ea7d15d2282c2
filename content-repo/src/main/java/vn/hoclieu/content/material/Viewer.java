package vn.hoclieu.content.material;

/**
 * Who asks, as far as the content repository needs to know: the account, its school and the
 * roles that widen what it may see. (Accounts live in lms-core; this module holds ids only.)
 */
public record Viewer(long id, Long schoolId, boolean reviewer, boolean schoolAdmin, boolean districtAdmin) {

    public static Viewer teacher(long id, Long schoolId) {
        return new Viewer(id, schoolId, false, false, false);
    }

    public boolean isAdmin() {
        return schoolAdmin || districtAdmin;
    }
}
