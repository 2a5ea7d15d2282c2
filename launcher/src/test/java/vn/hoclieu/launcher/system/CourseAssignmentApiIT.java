package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * An assignment as a unit of an open course, through the running system: gv.lan adds one to a
 * course, a learner hands in text and a file from the course, gv.lan grades it; handing in is not
 * enough, a grade below the course's pass mark (70 %) is not either, a passing grade completes the
 * course and issues its certificate. Only the course's learners hand in and only its authors read
 * and grade the work.
 */
class CourseAssignmentApiIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ApiClient lan = ApiClient.signedIn("gv.lan");

    @Test
    void aLearnerHandsInTheAuthorGradesAndAPassingGradeCompletesTheCourseWithACertificate() {
        CourseWithAssignment course = publishedCourseWithAssignment();
        ApiClient learner = newLearner();
        String base = "api/v1/courses/" + course.fixture.courseId;
        learner.postJson(base + "/enrolment", "");
        doEverythingElse(learner, course.fixture);

        HttpResponse<String> byHand = learner.post(base + "/units/" + course.unitId + "/completion", "application/json", "");
        assertThat(byHand.statusCode()).isEqualTo(400);
        assertThat(json(byHand).get("error").asText()).isEqualTo("assignment_by_grade");
        long submission = handIn(learner, course.assignmentId);
        assertThat(unitState(learner, course)).as("handed in, not yet passed").isEqualTo("COMPLETED");
        assertThat(json(learner.get(base + "/progress")).get("status").asText()).isEqualTo("ACTIVE");

        assertThat(grade(submission, "6.5").statusCode()).isEqualTo(200);
        assertThat(unitState(learner, course)).as("below the pass mark").isEqualTo("COMPLETED");
        assertThat(grade(submission, "8").statusCode()).isEqualTo(200);

        assertThat(unitState(learner, course)).isEqualTo("PASSED");
        assertThat(json(learner.get(base + "/progress")).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(json(learner.get("api/v1/assignments/" + course.assignmentId + "/submission")).get("grade").get("finalScore").decimalValue())
                .as("the learner sees the grade at once").isEqualByComparingTo("8");
        String code = certificateOf(learner, course.fixture.courseId);
        assertThat(json(ApiClient.forSystem().get("api/v1/verify/" + code)).get("status").asText()).isEqualTo("VALID");
    }

    @Test
    void theCoursesAssignmentBelongsToTheCourseAndItsAuthorsSeeTheWorkToGrade() {
        CourseWithAssignment course = publishedCourseWithAssignment();
        ApiClient learner = newLearner();
        learner.postJson("api/v1/courses/" + course.fixture.courseId + "/enrolment", "");
        handIn(learner, course.assignmentId);

        JsonNode assignment = json(lan.get("api/v1/assignments/" + course.assignmentId));
        JsonNode dashboard = json(lan.get("api/v1/courses/" + course.fixture.courseId + "/dashboard"));

        assertThat(assignment.get("courseId").asLong()).isEqualTo(course.fixture.courseId);
        assertThat(assignment.hasNonNull("classId")).as("no class, so no gradebook").isFalse();
        assertThat(assignment.get("scale").asText()).isEqualTo("SCORE_10");
        assertThat(dashboard.get("assignments").get(0).get("assignmentId").asLong()).isEqualTo(course.assignmentId);
        assertThat(dashboard.get("assignments").get(0).get("toGrade").asLong()).isEqualTo(1);
        assertThat(json(lan.get("api/v1/assignments/" + course.assignmentId + "/submissions")).get(0).get("status").asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void onlyTheCoursesLearnersHandInAndOnlyItsAuthorsReadTheWork() {
        CourseWithAssignment course = publishedCourseWithAssignment();
        ApiClient learner = newLearner();
        learner.postJson("api/v1/courses/" + course.fixture.courseId + "/enrolment", "");
        long submission = handIn(learner, course.assignmentId);
        ApiClient ofAnotherCourse = newLearner();
        ofAnotherCourse.postJson("api/v1/courses/" + OpenCourseFixture.publishedBy(lan).courseId + "/enrolment", "");
        String work = "api/v1/assignments/" + course.assignmentId + "/submission";

        HttpResponse<String> stranger = ofAnotherCourse.putJson(work, "{\"text\":\"<p>Chen ngang</p>\"}");
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(json(stranger).get("error").asText()).isEqualTo("forbidden");
        assertThat(ofAnotherCourse.get("api/v1/submissions/" + submission).statusCode()).isEqualTo(403);
        assertThat(ApiClient.forSystem().putJson(work, "{\"text\":\"<p>Ẩn danh</p>\"}").statusCode()).isEqualTo(401);
        assertThat(ApiClient.forSystem().get("api/v1/assignments/" + course.assignmentId + "/submissions").statusCode()).isEqualTo(401);
        assertThat(learner.get("api/v1/assignments/" + course.assignmentId + "/submissions").statusCode()).as("a learner reads only their own").isEqualTo(403);
        assertThat(learner.putJson("api/v1/submissions/" + submission + "/grade", "{\"score\":10}").statusCode()).isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.ha").get("api/v1/assignments/" + course.assignmentId + "/submissions").statusCode())
                .as("a teacher who does not author the course").isEqualTo(403);
        assertThat(ApiClient.signedIn("gv.ha").putJson("api/v1/submissions/" + submission + "/grade", "{\"score\":10}").statusCode()).isEqualTo(403);
        learner.send(learner.request("api/v1/courses/" + course.fixture.courseId + "/enrolment").DELETE().build());
        assertThat(learner.putJson(work, "{\"text\":\"<p>Sau khi rời khoá</p>\"}").statusCode()).as("no longer enrolled").isEqualTo(403);
    }

    @Test
    void badInputIsRefusedWithATranslatedReasonAndChangesNothing() {
        OpenCourseFixture draft = OpenCourseFixture.draftBy(lan);
        String units = "api/v1/courses/" + draft.courseId + "/modules/" + draft.moduleId + "/units";

        HttpResponse<String> noInstructions = lan.postJson(units, "{\"kind\":\"ASSIGNMENT\",\"title\":\"Bài tập\",\"minutes\":20,"
                + "\"assignment\":{\"instructions\":\"<p> </p>\"}}");
        HttpResponse<String> tooManyFiles = lan.postJson(units, "{\"kind\":\"ASSIGNMENT\",\"title\":\"Bài tập\",\"minutes\":20,"
                + "\"assignment\":{\"instructions\":\"<p>Làm bài</p>\",\"maxFiles\":99}}");
        HttpResponse<String> byAnotherTeacher = ApiClient.signedIn("gv.ha").postJson(units, assignmentUnit("Bài tập chen ngang"));

        assertThat(noInstructions.statusCode()).isEqualTo(400);
        assertThat(json(noInstructions).get("error").asText()).isEqualTo("instructions_required");
        assertThat(json(noInstructions).get("message").asText()).isEqualTo("Hãy viết đề bài cho bài tập.");
        assertThat(tooManyFiles.statusCode()).isEqualTo(400);
        assertThat(byAnotherTeacher.statusCode()).isEqualTo(403);
        assertThat(json(lan.get("api/v1/courses/" + draft.courseId)).get("modules").get(0).get("units")).as("nothing added").hasSize(3);

        CourseWithAssignment course = publishedCourseWithAssignment();
        ApiClient learner = newLearner();
        learner.postJson("api/v1/courses/" + course.fixture.courseId + "/enrolment", "");
        HttpResponse<String> empty = learner.postJson("api/v1/assignments/" + course.assignmentId + "/submission/submit", "");
        assertThat(empty.statusCode()).isEqualTo(409);
        assertThat(json(empty).get("error").asText()).isEqualTo("empty_submission");
        long submission = handIn(learner, course.assignmentId);
        assertThat(grade(submission, "10.5").statusCode()).isEqualTo(400);
        assertThat(unitState(learner, course)).isEqualTo("COMPLETED");
    }

    // --- helpers

    private record CourseWithAssignment(OpenCourseFixture fixture, long unitId, long assignmentId) {
    }

    /** The fixture's course (material, reading, quiz) with an assignment unit added, then reviewed and published. */
    private CourseWithAssignment publishedCourseWithAssignment() {
        OpenCourseFixture course = OpenCourseFixture.draftBy(lan);
        HttpResponse<String> added = lan.postJson("api/v1/courses/" + course.courseId + "/modules/" + course.moduleId + "/units",
                assignmentUnit("Viết đoạn văn về phép cộng"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode unit = json(added).get("modules").get(0).get("units").get(3);
        assertThat(unit.get("kind").asText()).isEqualTo("ASSIGNMENT");
        course.publish();
        return new CourseWithAssignment(course, unit.get("id").asLong(), unit.get("assignmentId").asLong());
    }

    private static String assignmentUnit(String title) {
        return """
                {"kind":"ASSIGNMENT","title":"%s","minutes":30,
                 "assignment":{"instructions":"<p>Viết 3 câu kể cách em cộng 27 + 15, có thể kèm ảnh hoặc tệp PDF.</p>","submissionKind":"TEXT_AND_FILES"}}"""
                .formatted(title);
    }

    private static void doEverythingElse(ApiClient learner, OpenCourseFixture course) {
        String base = "api/v1/courses/" + course.courseId;
        HttpResponse<String> started = learner.postJson("api/v1/quizzes/" + course.quizId + "/attempts", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        long attempt = json(started).get("id").asLong();
        learner.putJson("api/v1/attempts/" + attempt + "/answers/1", "{\"response\":[\"b\"],\"baseVersion\":0,\"saveId\":\"s\"}");
        assertThat(learner.postJson("api/v1/attempts/" + attempt + "/submit", "").statusCode()).isEqualTo(200);
        learner.post(base + "/units/" + course.materialUnit + "/completion", "application/json", "");
        learner.post(base + "/units/" + course.pageUnit + "/completion", "application/json", "");
        assertThat(json(learner.get(base + "/progress")).get("status").asText()).as("the assignment is still to do").isEqualTo("ACTIVE");
    }

    /** Text and a PDF, then handed in; answers the submission's id. */
    private static long handIn(ApiClient learner, long assignmentId) {
        String work = "api/v1/assignments/" + assignmentId + "/submission";
        HttpResponse<String> draft = learner.putJson(work, "{\"text\":\"<p>Em cộng hàng đơn vị trước: 7 + 5 = 12, viết 2 nhớ 1.</p>\"}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        HttpResponse<String> file = learner.send(learner.request(work + "/files?name=bai-lam.pdf").header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF)).build());
        assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
        HttpResponse<String> submitted = learner.postJson(work + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json(submitted).get("status").asText()).isEqualTo("SUBMITTED");
        return json(submitted).get("id").asLong();
    }

    private HttpResponse<String> grade(long submission, String score) {
        return lan.putJson("api/v1/submissions/" + submission + "/grade", "{\"score\":" + score + "}");
    }

    private static String unitState(ApiClient learner, CourseWithAssignment course) {
        JsonNode states = json(learner.get("api/v1/courses/" + course.fixture.courseId + "/progress")).get("units");
        return states.path(Long.toString(course.unitId)).asText();
    }

    private static String certificateOf(ApiClient learner, long courseId) {
        for (JsonNode c : json(learner.get("api/v1/certificates/mine"))) {
            if (c.hasNonNull("courseId") && c.get("courseId").asLong() == courseId) {
                return c.get("code").asText();
            }
        }
        throw new AssertionError("no certificate for course " + courseId);
    }

    private static ApiClient newLearner() {
        String username = "hv." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> registered = ApiClient.forSystem().postJson("api/v1/learners", """
                {"username":"%s","displayName":"Người học bài tập","email":null,"password":"mot-mat-khau-dai","locale":"vi"}""".formatted(username));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        ApiClient client = ApiClient.forSystem();
        HttpResponse<String> login = client.login(username, "mot-mat-khau-dai");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return client;
    }
}
