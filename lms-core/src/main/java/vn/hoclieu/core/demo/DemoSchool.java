package vn.hoclieu.core.demo;

import vn.hoclieu.core.account.Role;

import java.util.List;
import java.util.Set;

/**
 * A small but complete school so that a newcomer can sign in at once: school year 2026–2027,
 * classes 1A, 3B, 5C and the lower-secondary 7A, teachers, pupils (some with K'Ho names, as in the commune), three reviewers,
 * a school admin, a district admin, a self-learner, and a neighbour school with class 4A. Seeded on first start unless
 * {@code hoclieu.seed.demo=false}.
 */
public interface DemoSchool {

    /** Every demo account has this password; the launcher prints it. Change it in a real district. */
    String PASSWORD = "HocLieu2026!";

    String SCHOOL_CODE = "DEMO-HB";

    /** A second, smaller school of the commune: materials are shared across schools. */
    String NEIGHBOUR_SCHOOL_CODE = "DEMO-LB";

    /** Classes of the neighbour school; every other demo class is in the first one. */
    Set<String> NEIGHBOUR_CLASSES = Set.of("4A");

    List<DemoLogin> LOGINS = List.of(
            new DemoLogin("gv.lan", "Nguyễn Thị Lan", Role.TEACHER, "3B"),
            new DemoLogin("gv.minh", "Trần Văn Minh", Role.TEACHER, "5C"),
            new DemoLogin("gv.nhung", "Ka Nhung", Role.TEACHER, "1A"),
            new DemoLogin("hs.an", "Lê Minh An", Role.STUDENT, "3B"),
            new DemoLogin("hs.dung", "Ka Dung", Role.STUDENT, "3B"),
            new DemoLogin("hs.bao", "K'Bảo", Role.STUDENT, "5C"),
            new DemoLogin("hs.chi", "Phạm Ngọc Chi", Role.STUDENT, "1A"),
            new DemoLogin("gv.hung", "Phan Văn Hùng", Role.TEACHER, "7A"),
            new DemoLogin("hs.khanh", "Vũ Minh Khánh", Role.STUDENT, "7A"),
            new DemoLogin("hs.linh", "H'Linh", Role.STUDENT, "7A"),
            new DemoLogin("gv.ha", "Ka Hà", Role.TEACHER, "4A"),
            new DemoLogin("hs.yen", "Ka Yến", Role.STUDENT, "4A"),
            new DemoLogin("td.thu", "Võ Thị Thu", Role.REVIEWER, null),
            new DemoLogin("td.hoa", "Lý Văn Hòa", Role.REVIEWER, null),
            new DemoLogin("td.khoa", "Nguyễn Đăng Khoa", Role.REVIEWER, null),
            new DemoLogin("ht.son", "Đặng Văn Sơn", Role.SCHOOL_ADMIN, null),
            new DemoLogin("pgd.mai", "Hoàng Thị Mai", Role.DISTRICT_ADMIN, null),
            new DemoLogin("hv.tam", "Bùi Thanh Tâm", Role.LEARNER, null));

    /** Seeds the demo school unless a school with its code exists; answers whether it seeded. */
    boolean seedIfAbsent();
}
