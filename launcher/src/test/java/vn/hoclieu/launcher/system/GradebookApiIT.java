package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * The gradebook through the running system: the subject's teacher keeps the marks and sees the
 * Circular 22 average, the homeroom teacher and the school's admin read, nobody else does, a pupil
 * sees only their own results, bad marks are refused cell by cell with nothing saved, and the XLSX
 * book holds what the sheet shows. Each test works on its own subject and term of the demo classes.
 */
class GradebookApiIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void theSubjectTeacherEntersPaperTestMarksAndSeesTheTermAverage() {
        ApiClient teacher = ApiClient.signedIn("gv.hung");
        String sheet = sheetPath(teacher, "7A", "TOAN") + "?term=FIRST";
        long khanh = idOf("hs.khanh");

        List<Long> columns = addColumns(teacher, sheet, "REGULAR", "REGULAR", "REGULAR", "REGULAR", "MIDTERM", "END_OF_TERM");
        HttpResponse<String> saved = teacher.putJson(entries(sheet), marks(columns, khanh, "8", "7", "9", "6.5", "7", "8.5"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        // (8 + 7 + 9 + 6.5 + 2·7 + 3·8.5) / (4 + 5) = 70 / 9 = 7.77… → 7.8
        assertThat(rowOf(json(saved), khanh).get("result").get("average").decimalValue()).isEqualByComparingTo("7.8");
        JsonNode linh = rowOf(json(teacher.get(sheet)), idOf("hs.linh"));
        assertThat(linh.get("result").path("average").isNumber()).isFalse();
        assertThat(linh.get("result").get("missing").asText()).isEqualTo("midterm");
        assertThat(teacher.postJson(columnsPath(sheet), "{\"kind\":\"MIDTERM\"}").statusCode()).as("one mid-term a term").isEqualTo(409);
    }

    @Test
    void badMarksAreRefusedCellByCellAndNothingOfTheBatchIsSaved() {
        ApiClient teacher = ApiClient.signedIn("gv.hung");
        String sheet = sheetPath(teacher, "7A", "NGU_VAN") + "?term=FIRST";
        long column = addColumns(teacher, sheet, "REGULAR").get(0);
        long khanh = idOf("hs.khanh");
        long linh = idOf("hs.linh");

        HttpResponse<String> refused = teacher.putJson(entries(sheet), "[" + cell(column, khanh, "8") + "," + cell(column, linh, "10.5") + "]");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("error").asText()).isEqualTo("invalid_marks");
        assertThat(json(refused).get("fields").get(column + ":" + linh).asText())
                .isEqualTo("Điểm từ 0 đến 10, nhiều nhất một chữ số thập phân.");
        assertThat(json(refused).get("fields").has(column + ":" + khanh)).isFalse();
        assertThat(rowOf(json(teacher.get(sheet)), khanh).get("cells")).as("the valid cell was not saved either").isEmpty();
    }

    @Test
    void aMarkSavedBySomeoneElseSinceItWasShownIsNotOverwritten() {
        ApiClient teacher = ApiClient.signedIn("gv.hung");
        String sheet = sheetPath(teacher, "7A", "NGU_VAN") + "?term=SECOND";
        long column = addColumns(teacher, sheet, "REGULAR").get(0);
        long khanh = idOf("hs.khanh");
        JsonNode first = json(teacher.putJson(entries(sheet), "[" + cell(column, khanh, "6") + "]"));
        long shown = rowOf(first, khanh).get("cells").get(0).get("version").asLong();
        assertThat(teacher.putJson(entries(sheet), "[{\"columnId\":" + column + ",\"pupilId\":" + khanh + ",\"score\":7,\"version\":" + shown + "}]")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> stale = teacher.putJson(entries(sheet),
                "[{\"columnId\":" + column + ",\"pupilId\":" + khanh + ",\"score\":9,\"version\":" + shown + "}]");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("error").asText()).isEqualTo("stale_mark");
        assertThat(rowOf(json(teacher.get(sheet)), khanh).get("cells").get(0).get("score").decimalValue()).isEqualByComparingTo("7");
    }

    @Test
    void theHomeroomTeacherAndTheSchoolsAdminReadEverySubjectAndOnlyItsTeacherEdits() {
        ApiClient homeroom = ApiClient.signedIn("gv.lan");
        String english = sheetPath(homeroom, "3B", "TIENG_ANH") + "?term=FIRST";
        ApiClient english3B = ApiClient.signedIn("gv.nhung");

        HttpResponse<String> byHomeroom = homeroom.get(english);
        assertThat(byHomeroom.statusCode()).as(byHomeroom.body()).isEqualTo(200);
        assertThat(json(byHomeroom).get("editable").asBoolean()).isFalse();
        assertThat(json(byHomeroom).get("rows").findValuesAsText("pupilName")).as("every pupil of 3B").contains("Lê Minh An", "Ka Dung");
        assertThat(homeroom.postJson(columnsPath(english), "{\"kind\":\"MIDTERM_RATING\"}").statusCode()).as("reads, does not edit").isEqualTo(403);
        assertThat(json(english3B.get(english)).get("editable").asBoolean()).isTrue();
        assertThat(english3B.postJson(columnsPath(english), "{\"kind\":\"MIDTERM_RATING\"}").statusCode()).isEqualTo(201);
        ApiClient head = ApiClient.signedIn("ht.son");
        assertThat(head.get(english).statusCode()).isEqualTo(200);
        assertThat(head.postJson(columnsPath(english), "{\"kind\":\"REGULAR\"}").statusCode()).isEqualTo(403);

        String maths3B = english.replace("/" + subjectId(homeroom, "3B", "TIENG_ANH") + "?", "/" + subjectId(homeroom, "3B", "TOAN") + "?");
        assertThat(english3B.get(maths3B).statusCode()).as("a subject teacher of 3B reads only her subject").isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.minh").get(english).statusCode()).as("the homeroom teacher of 5C").isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.ha").get(english).statusCode()).as("a teacher of another school").isEqualTo(403);
        assertThat(ApiClient.signedIn("hs.an").get(english).statusCode()).as("a pupil of 3B: only /me/results").isEqualTo(403);
        assertThat(ApiClient.forSystem().get(english).statusCode()).isEqualTo(401);
    }

    @Test
    void aPupilSeesOnlyTheirOwnResultsInEverySubjectOfTheirClass() {
        ApiClient teacher = ApiClient.signedIn("gv.hung");
        String sheet = sheetPath(teacher, "7A", "GDTC") + "?term=SECOND";
        long column = addColumns(teacher, sheet, "PASS_FAIL").get(0);
        long khanh = idOf("hs.khanh");
        long linh = idOf("hs.linh");
        String secret = "Cần tập thêm bài chạy bền " + System.nanoTime();
        assertThat(teacher.putJson(entries(sheet), "[{\"columnId\":" + column + ",\"pupilId\":" + khanh + ",\"rating\":\"DAT\"},"
                + "{\"columnId\":" + column + ",\"pupilId\":" + linh + ",\"rating\":\"CHUA_DAT\",\"comment\":\"" + secret + "\"}]").statusCode())
                .isEqualTo(200);

        ApiClient pupil = ApiClient.signedIn("hs.khanh");
        HttpResponse<String> mine = pupil.get("api/v1/me/results?term=SECOND");

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).doesNotContain(secret).doesNotContain("H'Linh");
        JsonNode pe = null;
        for (JsonNode s : json(mine).get("subjects")) {
            assertThat(s.get("rows")).as(s.get("subjectCode").asText()).hasSize(1);
            assertThat(s.get("rows").get(0).get("pupilId").asLong()).isEqualTo(khanh);
            pe = s.get("subjectCode").asText().equals("GDTC") ? s : pe;
        }
        assertThat(json(mine).get("subjects").findValuesAsText("subjectCode")).containsExactlyInAnyOrder("NGU_VAN", "TOAN", "GDCD", "GDTC");
        assertThat(pe.get("rows").get(0).get("result").get("passFail").asText()).isEqualTo("DAT");
        assertThat(pupil.get(sheet).statusCode()).as("not the class's sheet").isEqualTo(403);
        assertThat(teacher.get("api/v1/me/results").statusCode()).as("results are a pupil's own").isEqualTo(403);
    }

    @Test
    void theHomeroomTeacherRatesQualitiesAndCompetencesAndThePupilSeesTheirOwn() {
        ApiClient homeroom = ApiClient.signedIn("gv.lan");
        long class3B = classId(homeroom, "3B");
        long an = idOf("hs.an");
        String path = "api/v1/classes/" + class3B + "/competences?term=SECOND";
        String rating = "[{\"pupilId\":" + an + ",\"aspect\":\"CHAM_CHI\",\"rating\":\"TOT\"}]";

        assertThat(ApiClient.signedIn("gv.nhung").putJson(path, rating).statusCode()).as("a subject teacher reads only").isEqualTo(403);
        HttpResponse<String> rated = homeroom.putJson(path, rating);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(ApiClient.signedIn("gv.nhung").get(path).statusCode()).isEqualTo(200);

        JsonNode mine = json(ApiClient.signedIn("hs.an").get("api/v1/me/results?term=SECOND"));
        assertThat(mine.get("competences").get("ratings").get("CHAM_CHI").asText()).isEqualTo("TOT");
        assertThat(ApiClient.signedIn("hs.an").get(path).statusCode()).isEqualTo(403);
        long class7A = classId(ApiClient.signedIn("gv.hung"), "7A");
        assertThat(ApiClient.signedIn("gv.hung").get("api/v1/classes/" + class7A + "/competences").statusCode())
                .as("a lower-secondary class").isEqualTo(404);
    }

    @Test
    void onlyPaperTestColumnsAreDeletedAndOnlyByTheSubjectTeacher() {
        ApiClient teacher = ApiClient.signedIn("gv.hung");
        String sheet = sheetPath(teacher, "7A", "GDTC") + "?term=FIRST";
        long column = addColumns(teacher, sheet, "PASS_FAIL").get(0);

        assertThat(ApiClient.signedIn("ht.son").send(ApiClient.signedIn("ht.son").request("api/v1/grade-columns/" + column).DELETE().build())
                .statusCode()).isEqualTo(403);
        assertThat(teacher.send(teacher.request("api/v1/grade-columns/" + column).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(json(teacher.get(sheet)).get("columns").findValuesAsText("id")).doesNotContain(Long.toString(column));
        assertThat(teacher.postJson(columnsPath(sheet), "{\"kind\":\"REGULAR\"}").statusCode()).as("a commented subject has no scores").isEqualTo(400);
    }

    @Test
    void theExportIsTheMinistrysBookWithTheMarksAndTheAverage() throws IOException {
        ApiClient teacher = ApiClient.signedIn("gv.hung");
        String sheet = sheetPath(teacher, "7A", "TOAN") + "?term=SECOND";
        long khanh = idOf("hs.khanh");
        List<Long> columns = addColumns(teacher, sheet, "REGULAR", "REGULAR", "REGULAR", "REGULAR", "MIDTERM", "END_OF_TERM");
        assertThat(teacher.putJson(entries(sheet), marks(columns, khanh, "9", "8", "7.5", "10", "8", "9")).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> file = teacher.sendBytes(teacher.request(sheet.replace("?", "/export.xlsx?")).GET().build());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("so-diem-7A-toan-hk2.xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).contains("Toán", "7A", "Học kỳ II", "2026–2027");
            assertThat(s.getRow(4).getCell(2).getStringCellValue()).isEqualTo("ĐĐGtx");
            assertThat(s.getRow(4).getCell(6).getStringCellValue()).isEqualTo("ĐĐGgk");
            assertThat(s.getRow(4).getCell(8).getStringCellValue()).isEqualTo("ĐTBmhk");
            // pupils by given name: H'Linh, then Vũ Minh Khánh
            assertThat(s.getRow(7).getCell(1).getStringCellValue()).isEqualTo("Vũ Minh Khánh");
            assertThat(s.getRow(7).getCell(4).getNumericCellValue()).isEqualTo(7.5);
            // (9 + 8 + 7.5 + 10 + 2·8 + 3·9) / 9 = 77.5 / 9 = 8.61… → 8.6
            assertThat(s.getRow(7).getCell(8).getNumericCellValue()).isEqualTo(8.6);
            assertThat(s.getRow(6).getCell(8).getStringCellValue()).as("H'Linh has no marks").isEqualTo("—");
            assertThat(s.getRow(7).getCell(8).getCellStyle().getDataFormatString()).contains("0.0");
        }
        assertThat(ApiClient.signedIn("gv.lan").sendBytes(ApiClient.signedIn("gv.lan").request(sheet.replace("?", "/export.xlsx?")).GET().build())
                .statusCode()).as("a teacher of another class").isEqualTo(403);
    }

    @Test
    void releasedAssignmentGradesBecomeARegularScoreAndLaterGradesFollow() {
        ApiClient teacher = ApiClient.signedIn("gv.hung");
        long class7A = classId(teacher, "7A");
        String sheet = sheetPath(teacher, "7A", "GDCD"); // the current term, which is the due time's
        LocalDateTime now = LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MINUTES);
        String body = """
                {"subjectId": %d, "title": "Bài tập: gia đình em", "instructions": "<p>Viết năm câu.</p>",
                 "opensAt": "%s", "dueAt": "%s", "submissionKind": "TEXT", "scale": "SCORE_10"}"""
                .formatted(subjectId(teacher, "7A", "GDCD"), now.minusHours(1), now.plusHours(1));
        HttpResponse<String> created = teacher.postJson("api/v1/classes/" + class7A + "/assignments", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long assignment = json(created).get("id").asLong();
        long khanh = submitAndGrade(teacher, assignment, "hs.khanh", "8.5");

        assertThat(columnTitled(json(teacher.get(sheet)), "Bài tập: gia đình em").isMissingNode()).as("nothing before release").isTrue();
        assertThat(teacher.postJson("api/v1/assignments/" + assignment + "/release", "").statusCode()).isEqualTo(200);

        JsonNode released = json(teacher.get(sheet));
        JsonNode column = columnTitled(released, "Bài tập: gia đình em");
        assertThat(column.get("kind").asText()).isEqualTo("REGULAR");
        assertThat(cellIn(rowOf(released, khanh), column.get("id").asLong()).get("score").decimalValue()).isEqualByComparingTo("8.5");
        long linh = submitAndGrade(teacher, assignment, "hs.linh", "6");
        JsonNode later = json(teacher.get(sheet));
        assertThat(cellIn(rowOf(later, linh), column.get("id").asLong()).get("score").decimalValue())
                .as("a grade saved after release").isEqualByComparingTo("6");
        assertThat(later.get("columns").findValuesAsText("title")).containsOnlyOnce("Bài tập: gia đình em");
    }

    @Test
    void aQuizGradeBecomesARegularScoreWhenThePupilSubmits() {
        ApiClient teacher = ApiClient.signedIn("gv.hung");
        long class7A = classId(teacher, "7A");
        String marker = java.util.UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> category = teacher.postJson("api/v1/question-categories",
                "{\"name\":\"Gia đình " + marker + "\",\"subjectCode\":\"GDCD\",\"grade\":7}");
        assertThat(category.statusCode()).as(category.body()).isEqualTo(201);
        HttpResponse<String> question = teacher.postJson("api/v1/questions", """
                {"categoryId":%d,"title":"Bổn phận","type":"SINGLE_CHOICE","stem":"<p>Con cái có bổn phận gì với cha mẹ?</p>",
                 "choices":[{"id":"a","html":"Không có"},{"id":"b","html":"Kính trọng, chăm sóc"}],
                 "key":{"type":"SINGLE_CHOICE","correct":"b"},"points":1,"difficulty":1,"tags":[],"version":0}"""
                .formatted(json(category).get("id").asLong()));
        assertThat(question.statusCode()).as(question.body()).isEqualTo(201);
        String title = "Kiểm tra 15 phút " + marker;
        HttpResponse<String> quiz = teacher.postJson("api/v1/classes/" + class7A + "/quizzes",
                "{\"title\":\"" + title + "\",\"subjectCode\":\"GDCD\",\"published\":true,\"slots\":[{\"questionId\":"
                        + json(question).get("id").asLong() + ",\"points\":1}]}");
        assertThat(quiz.statusCode()).as(quiz.body()).isEqualTo(201);

        ApiClient khanh = ApiClient.signedIn("hs.khanh");
        long attempt = json(khanh.postJson("api/v1/quizzes/" + json(quiz).get("id").asLong() + "/attempts", "")).get("id").asLong();
        assertThat(khanh.putJson("api/v1/attempts/" + attempt + "/answers/1", "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"s1\"}")
                .statusCode()).isEqualTo(200);
        assertThat(khanh.postJson("api/v1/attempts/" + attempt + "/submit", "").statusCode()).isEqualTo(200);

        JsonNode sheet = json(teacher.get(sheetPath(teacher, "7A", "GDCD")));
        JsonNode column = columnTitled(sheet, title);
        assertThat(column.get("kind").asText()).isEqualTo("REGULAR");
        assertThat(column.get("source").asText()).isEqualTo("QUIZ");
        assertThat(cellIn(rowOf(sheet, idOf("hs.khanh")), column.get("id").asLong()).get("score").decimalValue()).isEqualByComparingTo("10");
    }

    /** The pupil hands in a text; the teacher scores it. Answers the pupil's id. */
    private static long submitAndGrade(ApiClient teacher, long assignment, String username, String score) {
        ApiClient pupil = ApiClient.signedIn(username);
        String work = "api/v1/assignments/" + assignment + "/submission";
        assertThat(pupil.putJson(work, "{\"text\":\"<p>Gia đình em có bốn người.</p>\"}").statusCode()).isEqualTo(200);
        assertThat(pupil.postJson(work + "/submit", "").statusCode()).isEqualTo(200);
        long pupilId = idOf(username);
        JsonNode submission = null;
        for (JsonNode s : json(teacher.get("api/v1/assignments/" + assignment + "/submissions?status=SUBMITTED"))) {
            if (s.get("pupilId").asLong() == pupilId) {
                submission = s;
            }
        }
        assertThat(submission).as(username + "'s work").isNotNull();
        HttpResponse<String> graded = teacher.putJson("api/v1/submissions/" + submission.get("id").asLong() + "/grade",
                "{\"score\":" + score + "}");
        assertThat(graded.statusCode()).as(graded.body()).isEqualTo(200);
        return pupilId;
    }

    private static JsonNode columnTitled(JsonNode sheet, String title) {
        for (JsonNode column : sheet.get("columns")) {
            if (column.get("title").asText().equals(title)) {
                return column;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode cellIn(JsonNode row, long columnId) {
        for (JsonNode cell : row.get("cells")) {
            if (cell.get("columnId").asLong() == columnId) {
                return cell;
            }
        }
        throw new AssertionError("no cell of column " + columnId + " in " + row);
    }

    private static String sheetPath(ApiClient reader, String className, String subjectCode) {
        return "api/v1/classes/" + classId(reader, className) + "/gradebook/" + subjectId(reader, className, subjectCode);
    }

    private static String entries(String sheet) {
        return sheet.replace("?", "/entries?");
    }

    private static String columnsPath(String sheet) {
        return sheet.replace("?", "/columns?");
    }

    private static List<Long> addColumns(ApiClient teacher, String sheet, String... kinds) {
        List<Long> ids = new ArrayList<>();
        for (String kind : kinds) {
            HttpResponse<String> added = teacher.postJson(columnsPath(sheet), "{\"kind\":\"" + kind + "\",\"title\":\"Bài kiểm tra giấy\"}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            JsonNode columns = json(added).get("columns");
            ids.add(columns.get(columns.size() - 1).get("id").asLong());
        }
        return ids;
    }

    private static String marks(List<Long> columns, long pupil, String... scores) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            cells.add(cell(columns.get(i), pupil, scores[i]));
        }
        return "[" + String.join(",", cells) + "]";
    }

    private static String cell(long column, long pupil, String score) {
        return "{\"columnId\":" + column + ",\"pupilId\":" + pupil + ",\"score\":" + score + "}";
    }

    private static JsonNode rowOf(JsonNode sheet, long pupil) {
        for (JsonNode row : sheet.get("rows")) {
            if (row.get("pupilId").asLong() == pupil) {
                return row;
            }
        }
        throw new AssertionError("no row of pupil " + pupil + " in " + sheet);
    }

    private static long idOf(String username) {
        return json(ApiClient.signedIn(username).get("api/v1/auth/me")).get("id").asLong();
    }

    private static long classId(ApiClient teacher, String name) {
        for (JsonNode c : json(teacher.get("api/v1/classes"))) {
            if (c.get("name").asText().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no class " + name);
    }

    private static long subjectId(ApiClient reader, String className, String code) {
        for (JsonNode s : json(reader.get("api/v1/classes/" + classId(reader, className) + "/gradebook"))) {
            if (s.get("code").asText().equals(code)) {
                return s.get("subjectId").asLong();
            }
        }
        throw new AssertionError("no subject " + code + " in " + className);
    }
}
