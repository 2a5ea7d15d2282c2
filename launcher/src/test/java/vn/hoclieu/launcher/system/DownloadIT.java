package vn.hoclieu.launcher.system;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoclieu.core.demo.DemoSchool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/** {@code /files/{id}/{role}}: a teacher's own file, whole or in ranges, under its Vietnamese name; nobody else's. */
class DownloadIT {

    private static final Path PDF = vn.hoclieu.devstack.TestDatabase.buildRoot().resolve("launcher/src/test/resources/corpus/bai-giang.pdf");
    private static final String NAME = "Bài giảng phép nhân.pdf";

    private ApiClient teacher;
    private byte[] bytes;
    private long fileId;

    @BeforeEach
    void uploadAFile() throws IOException {
        teacher = ApiClient.forSystem();
        teacher.login("gv.lan", DemoSchool.PASSWORD);
        bytes = Files.readAllBytes(PDF);
        HttpResponse<String> created = teacher.postJson("api/v1/materials", """
                {"title":"Tải về","subjectCode":"TOAN","grades":[3],"type":"E_LECTURE","language":"vi","licence":"CC_BY"}""");
        long material = json(created).get("id").asLong();
        String upload = new Tus(teacher).upload(bytes, NAME, "application/pdf");
        HttpResponse<String> attached = teacher.postJson("api/v1/materials/" + material + "/files", "{\"uploadId\":\"" + upload + "\"}");
        fileId = json(attached).get("file").get("id").asLong();
    }

    @Test
    void theOwnerDownloadsTheOriginalUnderItsVietnameseName() {
        HttpResponse<byte[]> download = get(teacher, "files/" + fileId + "/ORIGINAL", null);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(bytes);
        assertThat(download.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"Bai giang phep nhan.pdf\"; filename*=UTF-8''B%C3%A0i%20gi%E1%BA%A3ng%20ph%C3%A9p%20nh%C3%A2n.pdf");
        assertThat(download.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(download.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("\"[0-9a-f]{64}\""));
    }

    @Test
    void aRangeRequestGetsExactlyThoseBytes() {
        HttpResponse<byte[]> part = get(teacher, "files/" + fileId + "/ORIGINAL", "bytes=0-99");

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo(Arrays.copyOf(bytes, 100));
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 0-99/" + bytes.length);
    }

    @Test
    void aRangeBeyondTheEndIsUnsatisfiable() {
        HttpResponse<byte[]> beyond = get(teacher, "files/" + fileId + "/ORIGINAL", "bytes=" + bytes.length + "-");

        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + bytes.length);
    }

    @Test
    void anotherTeacherGetsNotFound() {
        ApiClient other = ApiClient.forSystem();
        other.login("gv.minh", DemoSchool.PASSWORD);

        assertThat(get(other, "files/" + fileId + "/ORIGINAL", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aRenditionThatDoesNotExistIsNotFound() {
        assertThat(get(teacher, "files/" + fileId + "/NO_SUCH_ROLE", null).statusCode()).isEqualTo(404);
    }

    /** Bytes, not text: ApiClient decodes bodies as strings, so the session cookie is carried over by hand. */
    private static HttpResponse<byte[]> get(ApiClient client, String path, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SystemStack.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + client.sessionId().orElseThrow());
        if (range != null) {
            request.header("Range", range);
        }
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
