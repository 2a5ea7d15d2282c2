package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoclieu.core.demo.DemoSchool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/** A teacher contributes materials through the API: describe, upload (resumably), and see ingest finish. */
class MaterialApiIT {

    private static final Path CORPUS = vn.hoclieu.devstack.TestDatabase.buildRoot().resolve("launcher/src/test/resources/corpus");

    private ApiClient teacher;
    private Tus tus;

    @BeforeEach
    void signIn() {
        teacher = ApiClient.forSystem();
        teacher.login("gv.lan", DemoSchool.PASSWORD);
        tus = new Tus(teacher);
    }

    @Test
    void anInterruptedUploadResumesWhereItStopped() {
        byte[] bytes = corpus("bai-giang.pdf");
        String location = tus.create(bytes.length, "Bài giảng phép nhân.pdf", "application/pdf").headers().firstValue("Location").orElseThrow();
        int half = bytes.length / 2;
        assertThat(tus.patch(location, 0, bytes, 0, half).statusCode()).isEqualTo(204);

        long resumeAt = tus.offset(location);
        HttpResponse<String> rest = tus.patch(location, resumeAt, bytes, (int) resumeAt, bytes.length);

        assertThat(resumeAt).isEqualTo(half);
        assertThat(rest.statusCode()).isEqualTo(204);
        assertThat(rest.headers().firstValue("Upload-Offset")).contains(Long.toString(bytes.length));
        assertThat(rest.headers().firstValue("HocLieu-Blob")).isPresent();
    }

    @Test
    void aChunkAtTheWrongOffsetIsRefusedWith409() {
        byte[] bytes = corpus("bai-giang.pdf");
        String location = tus.create(bytes.length, "x.pdf", "application/pdf").headers().firstValue("Location").orElseThrow();

        assertThat(tus.patch(location, 100, bytes, 100, 200).statusCode()).isEqualTo(409);
    }

    @Test
    void anOversizeUploadIsRefusedBeforeAnyByteIsSent() {
        HttpResponse<String> created = tus.create(60L * 1024 * 1024, "anh.png", "image/png");

        assertThat(created.statusCode()).isEqualTo(413);
        assertThat(json(created).get("error").asText()).isEqualTo("too_large");
    }

    @Test
    void aPdfBecomesReadyAndKeepsItsVietnameseFileName() {
        long material = contribute("Phép nhân lớp 3", "E_LECTURE");
        String upload = tus.upload(corpus("bai-giang.pdf"), "Bài giảng phép nhân.pdf", "application/pdf");

        HttpResponse<String> attached = teacher.postJson("api/v1/materials/" + material + "/files", "{\"uploadId\":\"" + upload + "\"}");
        assertThat(attached.statusCode()).isEqualTo(201);

        JsonNode file = awaitIngest(material);
        assertThat(file.get("status").asText()).isEqualTo("READY");
        assertThat(file.get("detectedType").asText()).isEqualTo("application/pdf");
        assertThat(file.get("originalName").asText()).isEqualTo("Bài giảng phép nhân.pdf");
    }

    @Test
    void aTextFileNamedMp4FailsWithAReadableReasonAndTheSystemStaysUp() {
        long material = contribute("Video giả", "VIDEO_LECTURE");
        String upload = tus.upload("đây không phải video".getBytes(java.nio.charset.StandardCharsets.UTF_8), "bai-hoc.mp4", "video/mp4");
        teacher.postJson("api/v1/materials/" + material + "/files", "{\"uploadId\":\"" + upload + "\"}");

        JsonNode file = awaitIngest(material);

        assertThat(file.get("status").asText()).isEqualTo("FAILED");
        assertThat(file.get("failureCode").asText()).isEqualTo("type-mismatch");
        assertThat(teacher.get("health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void theSameBytesUploadedAgainArePointedOut() {
        byte[] bytes = corpus("bai-giang.pdf");
        long first = contribute("Bản thứ nhất", "E_LECTURE");
        teacher.postJson("api/v1/materials/" + first + "/files", "{\"uploadId\":\"" + tus.upload(bytes, "a.pdf", "application/pdf") + "\"}");
        long second = contribute("Bản thứ hai", "E_LECTURE");

        HttpResponse<String> again = teacher.postJson("api/v1/materials/" + second + "/files",
                "{\"uploadId\":\"" + tus.upload(bytes, "b.pdf", "application/pdf") + "\"}");

        assertThat(json(again).get("sameBytesIn").toString()).contains(Long.toString(first));
    }

    @Test
    void aDraftWithoutTitleOrGradesIsRefusedFieldByField() {
        HttpResponse<String> refused = teacher.postJson("api/v1/materials", """
                {"title":"","subjectCode":"TOAN","grades":[],"type":"E_LECTURE","language":"vi","licence":"CC_BY"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("fields").get("title").asText()).isEqualTo("Vui lòng nhập tên học liệu.");
        assertThat(json(refused).get("fields").get("grades").asText()).isEqualTo("Vui lòng chọn ít nhất một lớp (khối).");
    }

    @Test
    void pupilsCannotContribute() {
        ApiClient pupil = ApiClient.forSystem();
        pupil.login("hs.an", DemoSchool.PASSWORD);

        assertThat(pupil.postJson("api/v1/materials", "{}").statusCode()).isEqualTo(403);
    }

    private long contribute(String title, String type) {
        HttpResponse<String> created = teacher.postJson("api/v1/materials", """
                {"title":"%s","description":"Bài giảng mẫu","subjectCode":"TOAN","grades":[3],"type":"%s",
                 "language":"vi","licence":"CC_BY_SA","keywords":["phép nhân","lớp 3"]}""".formatted(title, type));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    /** Polls until the material's first file leaves QUEUED/PROCESSING; ingest runs in the worker. */
    private JsonNode awaitIngest(long material) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        JsonNode file;
        do {
            file = json(teacher.get("api/v1/materials/" + material)).get("files").get(0);
            String status = file.get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("PROCESSING")) {
                return file;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("ingest did not finish: " + file);
    }

    private static byte[] corpus(String name) {
        try {
            return Files.readAllBytes(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
