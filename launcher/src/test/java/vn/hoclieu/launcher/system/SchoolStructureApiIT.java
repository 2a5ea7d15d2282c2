package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * A school set up from nothing through the running system: the district office adds a school,
 * its admin gives it a year with two semesters, classes, teachers' accounts and who teaches what,
 * and then a roster file fills its class. Each test uses a school of its own, so the demo school
 * (whose current year other tests rely on) is left as it is.
 */
class SchoolStructureApiIT {

    private static final String YEAR_2026 = """
            {"startsOn":"2026-09-05","endsOn":"2027-05-31",
             "firstSemester":{"startsOn":"2026-09-05","endsOn":"2027-01-15"},
             "secondSemester":{"startsOn":"2027-01-16","endsOn":"2027-05-31"}}""";
    private static final String YEAR_2027 = """
            {"startsOn":"2027-09-06","endsOn":"2028-05-31",
             "firstSemester":{"startsOn":"2027-09-06","endsOn":"2028-01-14"},
             "secondSemester":{"startsOn":"2028-01-17","endsOn":"2028-05-31"}}""";

    private final ApiClient district = ApiClient.signedIn("pgd.mai");

    @Test
    void aYearTakesItsNameFromItsDatesAndKeepsItsTwoSemesters() {
        String school = newSchool("PRIMARY");

        HttpResponse<String> created = district.postJson(school + "/years", YEAR_2026);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode year = json(created);
        assertThat(year.get("name").asText()).isEqualTo("2026–2027");
        assertThat(year.get("current").asBoolean()).as("a school's first year is its current one").isTrue();
        assertThat(year.get("semesters")).hasSize(2);
        assertThat(year.get("semesters").get(0).get("endsOn").asText()).isEqualTo("2027-01-15");
        assertThat(year.get("semesters").get(1).get("number").asInt()).isEqualTo(2);
    }

    @Test
    void todaysSemesterIsTheOneOfTheCurrentYearThatHoldsTodayInVietnam() {
        String school = newSchool("PRIMARY");
        district.postJson(school + "/years", YEAR_2026);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        HttpResponse<String> semester = district.get(school + "/semesters/current");

        if (today.isBefore(LocalDate.of(2026, 9, 5)) || today.isAfter(LocalDate.of(2027, 5, 31))) {
            assertThat(semester.statusCode()).as("outside the year").isEqualTo(204);
        } else {
            assertThat(semester.statusCode()).isEqualTo(200);
            assertThat(json(semester).get("number").asInt()).isEqualTo(today.isAfter(LocalDate.of(2027, 1, 15)) ? 2 : 1);
        }
    }

    @Test
    void badDatesAreRefusedWithTheFieldThatIsWrong() {
        String school = newSchool("PRIMARY");

        HttpResponse<String> october = district.postJson(school + "/years", YEAR_2026.replace("\"startsOn\":\"2026-09-05\",\"endsOn\"", "\"startsOn\":\"2026-10-05\",\"endsOn\""));
        assertThat(october.statusCode()).isEqualTo(400);
        assertThat(json(october).get("error").asText()).isEqualTo("year_start");
        assertThat(json(october).get("fields").get("startsOn").asText()).contains("tháng 8 hoặc tháng 9");

        HttpResponse<String> overlapping = district.postJson(school + "/years", YEAR_2026.replace("2027-01-16", "2027-01-10"));
        assertThat(overlapping.statusCode()).isEqualTo(400);
        assertThat(json(overlapping).get("error").asText()).isEqualTo("semesters_overlap");

        HttpResponse<String> missing = district.postJson(school + "/years", "{\"startsOn\":\"2026-09-05\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("fields").has("endsOn")).isTrue();

        assertThat(json(district.get(school + "/years"))).as("nothing was written").isEmpty();
    }

    @Test
    void theSameYearTwiceIsAConflict() {
        String school = newSchool("PRIMARY");
        district.postJson(school + "/years", YEAR_2026);

        HttpResponse<String> again = district.postJson(school + "/years", YEAR_2026);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("error").asText()).isEqualTo("year_exists");
    }

    @Test
    void aLaterYearBecomesCurrentOnlyWhenTheAdminSaysSo() {
        String school = newSchool("LOWER_SECONDARY");
        long first = json(district.postJson(school + "/years", YEAR_2026)).get("id").asLong();
        JsonNode next = json(district.postJson(school + "/years", YEAR_2027));
        assertThat(next.get("current").asBoolean()).isFalse();

        HttpResponse<String> made = district.postJson(school + "/years/" + next.get("id").asLong() + "/current", "{}");

        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        JsonNode years = json(district.get(school + "/years"));
        assertThat(years.get(0).get("name").asText()).isEqualTo("2027–2028");
        assertThat(years.get(0).get("current").asBoolean()).isTrue();
        assertThat(years.get(1).get("id").asLong()).isEqualTo(first);
        assertThat(years.get(1).get("current").asBoolean()).as("one current year per school").isFalse();
    }

    @Test
    void aClassMustBeOfAGradeOfTheSchoolsLevelAndUniqueInItsYear() {
        String school = newSchool("PRIMARY");
        long year = json(district.postJson(school + "/years", YEAR_2026)).get("id").asLong();

        HttpResponse<String> grade6 = district.postJson(school + "/classes", classBody(year, "6A", 6));
        assertThat(grade6.statusCode()).isEqualTo(400);
        assertThat(json(grade6).get("error").asText()).isEqualTo("grade_not_in_level");

        HttpResponse<String> created = district.postJson(school + "/classes", classBody(year, "3b", 3));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("name").asText()).isEqualTo("3B");
        assertThat(json(created).get("subjects").findValuesAsText("code")).contains("TIENG_VIET", "TOAN", "TIENG_ANH", "TU_NHIEN_XA_HOI")
                .doesNotContain("KHOA_HOC", "NGU_VAN");

        HttpResponse<String> twice = district.postJson(school + "/classes", classBody(year, "3 B", 3));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(json(twice).get("error").asText()).isEqualTo("class_exists");
    }

    @Test
    void anEmptyClassIsRenamedAndDeleted() {
        String school = newSchool("PRIMARY");
        long year = json(district.postJson(school + "/years", YEAR_2026)).get("id").asLong();
        long id = json(district.postJson(school + "/classes", classBody(year, "4A", 4))).get("id").asLong();

        HttpResponse<String> renamed = district.putJson(school + "/classes/" + id, "{\"name\":\"4C\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed).get("name").asText()).isEqualTo("4C");
        assertThat(district.putJson(school + "/classes/" + id, "{\"name\":\"5C\"}").statusCode()).as("another grade's name").isEqualTo(400);

        HttpResponse<String> deleted = district.send(district.request(school + "/classes/" + id).DELETE().build());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(json(district.get(school + "/classes"))).isEmpty();
    }

    @Test
    void aTeacherTheSchoolAddsSignsInWithTheFirstPasswordAndMustReplaceIt() {
        String school = newSchool("PRIMARY");

        HttpResponse<String> added = district.postJson(school + "/teachers", "{\"displayName\":\"Lò Thị Lan\",\"email\":\"\"}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String username = json(added).get("teacher").get("username").asText();
        String firstPassword = json(added).get("firstPassword").asText();
        assertThat(username).as("gv.lan is the demo's").startsWith("gv.lan").isNotEqualTo("gv.lan");
        assertThat(firstPassword).hasSize(8);
        ApiClient teacher = ApiClient.forSystem();
        assertThat(teacher.login(username, firstPassword).statusCode()).isEqualTo(200);
        assertThat(json(teacher.get("api/v1/auth/me")).get("roles").toString()).contains("TEACHER");
        HttpResponse<String> blocked = teacher.get("api/v1/classes");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(json(blocked).get("error").asText()).isEqualTo("password_change_required");
        assertThat(json(district.get(school + "/teachers")).findValuesAsText("username")).containsExactly(username);
    }

    @Test
    void aChosenUsernameAlreadyTakenIsAConflict() {
        String school = newSchool("PRIMARY");

        HttpResponse<String> taken = district.postJson(school + "/teachers", "{\"displayName\":\"Nguyễn Thị Lan\",\"username\":\"gv.lan\"}");

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(json(taken).get("error").asText()).isEqualTo("username_taken");
    }

    @Test
    void homeroomAndSubjectTeachersAreTheSchoolsTeachersTeachingSubjectsOfTheGrade() {
        String school = newSchool("INTER_LEVEL");
        long year = json(district.postJson(school + "/years", YEAR_2026)).get("id").asLong();
        long class3A = json(district.postJson(school + "/classes", classBody(year, "3A", 3))).get("id").asLong();
        ApiClient teacher = newTeacherWithOwnPassword(school, "Hoàng Văn Tú");
        long teacherId = json(teacher.get("api/v1/auth/me")).get("id").asLong();

        HttpResponse<String> homeroom = district.putJson(school + "/classes/" + class3A + "/homeroom", "{\"teacherId\":" + teacherId + "}");
        assertThat(homeroom.statusCode()).as(homeroom.body()).isEqualTo(200);
        assertThat(json(homeroom).get("homeroomTeacher").asText()).isEqualTo("Hoàng Văn Tú");

        HttpResponse<String> english = district.putJson(school + "/classes/" + class3A + "/subjects/TIENG_ANH", "{\"teacherId\":" + teacherId + "}");
        assertThat(english.statusCode()).as(english.body()).isEqualTo(200);
        assertThat(teacherOf(json(english), "TIENG_ANH")).isEqualTo("Hoàng Văn Tú");

        HttpResponse<String> sciences = district.putJson(school + "/classes/" + class3A + "/subjects/KHTN", "{\"teacherId\":" + teacherId + "}");
        assertThat(sciences.statusCode()).as("natural sciences are taught from grade 6").isEqualTo(400);
        assertThat(json(sciences).get("error").asText()).isEqualTo("subject_not_in_grade");

        long otherSchoolsTeacher = json(ApiClient.signedIn("gv.ha").get("api/v1/auth/me")).get("id").asLong();
        HttpResponse<String> outsider = district.putJson(school + "/classes/" + class3A + "/subjects/TOAN", "{\"teacherId\":" + otherSchoolsTeacher + "}");
        assertThat(outsider.statusCode()).isEqualTo(400);
        assertThat(json(outsider).get("error").asText()).isEqualTo("not_a_teacher_here");

        JsonNode classes = json(teacher.get("api/v1/classes"));
        assertThat(classes.findValuesAsText("name")).as("the teacher's home lists the class").containsExactly("3A");
        assertThat(classes.get(0).get("schoolYear").asText()).isEqualTo("2026–2027");
    }

    @Test
    void peopleOutsideTheSchoolAreRefused() {
        String school = newSchool("PRIMARY");

        assertThat(ApiClient.signedIn("ht.son").get(school + "/years").statusCode()).as("the admin of another school").isEqualTo(403);
        assertThat(ApiClient.signedIn("ht.son").postJson(school + "/years", YEAR_2026).statusCode()).isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.lan").postJson(school + "/teachers", "{\"displayName\":\"Ai Đó\"}").statusCode()).isEqualTo(403);
        assertThat(ApiClient.signedIn("hs.an").get(school + "/classes").statusCode()).isEqualTo(403);
        assertThat(ApiClient.forSystem().get(school + "/classes").statusCode()).isEqualTo(401);
        assertThat(district.get("api/v1/schools/987654321/structure/years").statusCode()).isEqualTo(404);
        assertThat(ApiClient.signedIn("ht.son").postJson("api/v1/district/schools", schoolBody("PRIMARY")).statusCode())
                .as("only the district adds schools").isEqualTo(403);
    }

    @Test
    void theSchoolsOwnAdminPreparesNextYearWithoutTouchingTheCurrentOne() {
        ApiClient head = ApiClient.signedIn("ht.son");
        String school = "api/v1/schools/" + json(head.get("api/v1/auth/me")).get("schoolId").asLong() + "/structure";

        HttpResponse<String> next = head.postJson(school + "/years", YEAR_2027);
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        assertThat(json(next).get("current").asBoolean()).isFalse();
        HttpResponse<String> created = head.postJson(school + "/classes", classBody(json(next).get("id").asLong(), "6A", 6));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonNode current = json(head.get(school + "/classes"));
        assertThat(current.findValuesAsText("name")).as("this year's classes").contains("1A", "3B", "5C").doesNotContain("6A");
        assertThat(json(head.get(school + "/grades/6/subjects")).findValuesAsText("code"))
                .containsExactly("NGU_VAN", "TOAN", "TIENG_ANH", "GDCD", "KHTN", "LICH_SU_DIA_LI", "CONG_NGHE", "TIN_HOC",
                        "GDTC", "AM_NHAC", "MI_THUAT", "HDTN_HN", "GD_DIA_PHUONG");
    }

    @Test
    void aSchoolSetUpThisWayFillsItsClassFromARosterFile() {
        String school = newSchool("PRIMARY");
        long schoolId = Long.parseLong(school.split("/")[3]);
        long year = json(district.postJson(school + "/years", YEAR_2026)).get("id").asLong();
        long class2A = json(district.postJson(school + "/classes", classBody(year, "2A", 2))).get("id").asLong();
        String csv = "Họ và tên,Ngày sinh,Giới tính,Lớp\nK' Thị Hoa,12/03/2019,Nữ,2A\nĐinh Văn Khang,01/11/2018,Nam,2a\n";

        HttpResponse<String> imported = district.send(district.request("api/v1/schools/" + schoolId + "/roster/import")
                .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(csv)).build());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(json(imported).get("pupils").findValuesAsText("className")).containsOnly("2A");
        JsonNode classes = json(district.get(school + "/classes"));
        assertThat(classes.get(0).get("id").asLong()).isEqualTo(class2A);
        assertThat(classes.get(0).get("pupils").asInt()).isEqualTo(2);
        JsonNode pupil = json(imported).get("pupils").get(0);
        ApiClient hoa = ApiClient.forSystem();
        assertThat(hoa.login(pupil.get("username").asText(), pupil.get("firstPassword").asText()).statusCode()).isEqualTo(200);
        HttpResponse<String> delete = district.send(district.request(school + "/classes/" + class2A).DELETE().build());
        assertThat(delete.statusCode()).as("a class with pupils stays").isEqualTo(409);
    }

    /** A fresh school of the district; answers the base path of its structure API. */
    private String newSchool(String level) {
        HttpResponse<String> created = district.postJson("api/v1/district/schools", schoolBody(level));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return "api/v1/schools/" + json(created).get("id").asLong() + "/structure";
    }

    private static String schoolBody(String level) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return "{\"code\":\"" + code + "\",\"name\":\"Trường thử " + code + "\",\"commune\":\"xã Đạ Tông\",\"province\":\"Lâm Đồng\",\"level\":\"" + level + "\"}";
    }

    private static String classBody(long year, String name, int grade) {
        return "{\"schoolYearId\":" + year + ",\"name\":\"" + name + "\",\"grade\":" + grade + "}";
    }

    private ApiClient newTeacherWithOwnPassword(String school, String name) {
        JsonNode added = json(district.postJson(school + "/teachers", "{\"displayName\":\"" + name + "\"}"));
        ApiClient teacher = ApiClient.forSystem();
        String firstPassword = added.get("firstPassword").asText();
        assertThat(teacher.login(added.get("teacher").get("username").asText(), firstPassword).statusCode()).isEqualTo(200);
        HttpResponse<String> changed = teacher.postJson("api/v1/auth/password",
                "{\"currentPassword\":\"" + firstPassword + "\",\"newPassword\":\"mật khẩu của tôi\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        return teacher;
    }

    private static String teacherOf(JsonNode classSetup, String subjectCode) {
        for (JsonNode s : classSetup.get("subjects")) {
            if (s.get("subject").get("code").asText().equals(subjectCode)) {
                return s.get("teacher").asText();
            }
        }
        throw new AssertionError("no subject " + subjectCode + " in " + classSetup);
    }
}
