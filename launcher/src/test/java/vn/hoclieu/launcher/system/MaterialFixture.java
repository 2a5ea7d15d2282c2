package vn.hoclieu.launcher.system;

import com.fasterxml.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.launcher.system.ApiClient.json;

/**
 * Builds a material through the API as a teacher would: describe it, upload a small Vietnamese
 * text file (unique bytes, so no duplicate warning) and wait until the worker made it READY.
 * Public for the browser tests, which prepare their materials through the API.
 */
public final class MaterialFixture {

    private final ApiClient author;
    private String title = "Phép cộng có nhớ – " + UUID.randomUUID().toString().substring(0, 8);
    private String subject = "TOAN";
    private int[] grades = {3};
    private String licence = "CC_BY_SA";
    private String language = "vi";
    private boolean picture;

    private MaterialFixture(ApiClient author) {
        this.author = author;
    }

    public static MaterialFixture readyMaterialBy(ApiClient author) {
        return new MaterialFixture(author);
    }

    public MaterialFixture titled(String title) {
        this.title = title;
        return this;
    }

    /** Another licence and content language than CC BY-SA in Vietnamese (search facets). */
    public MaterialFixture licensed(String licence, String language) {
        this.licence = licence;
        this.language = language;
        return this;
    }

    /** A small PNG picture (unique pixels) instead of the text file. */
    public MaterialFixture withPicture() {
        this.picture = true;
        return this;
    }

    MaterialFixture forSubject(String subject, int... grades) {
        this.subject = subject;
        this.grades = grades;
        return this;
    }

    static String description(String title, String subject, int... grades) {
        return description(title, subject, "CC_BY_SA", "vi", grades);
    }

    static String description(String title, String subject, String licence, String language, int... grades) {
        String gradeList = Arrays.stream(grades).mapToObj(Integer::toString).collect(Collectors.joining(","));
        return """
                {"title":"%s","description":"Bài giảng mẫu cho lớp học","subjectCode":"%s","grades":[%s],
                 "type":"E_LECTURE","language":"%s","licence":"%s","keywords":["mẫu"]}""".formatted(title, subject, gradeList, language, licence);
    }

    /** The new material's id, once its file is READY. */
    public long create() {
        HttpResponse<String> created = author.postJson("api/v1/materials", description(title, subject, licence, language, grades));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).get("id").asLong();
        if (picture) {
            attachPicture(author, id);
        } else {
            attachText(author, id);
        }
        return id;
    }

    /** The new material's id, once the author submitted it and the demo pool's two reviewers approved it. */
    public long createPublished() {
        long id = create();
        HttpResponse<String> submitted = author.postJson("api/v1/materials/" + id + "/submission", "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        new ReviewDesk("td.thu").claimAndDecide(id, "APPROVE", null, 4);
        new ReviewDesk("td.hoa").claimAndDecide(id, "APPROVE", null, 5);
        return id;
    }

    /** Uploads and attaches a unique text file, and waits for its ingest. */
    static void attachText(ApiClient author, long materialId) {
        byte[] text = ("Bài học: phép cộng có nhớ trong phạm vi 100.\nMã " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String upload = new Tus(author).upload(text, "bai-hoc.txt", "text/plain");
        HttpResponse<String> attached = author.postJson("api/v1/materials/" + materialId + "/files", "{\"uploadId\":\"" + upload + "\"}");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        awaitReady(author, materialId);
    }

    /** Uploads and attaches a unique 40×30 PNG, and waits for its ingest. */
    static void attachPicture(ApiClient author, long materialId) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random();
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String upload = new Tus(author).upload(png.toByteArray(), "hinh.png", "image/png");
        HttpResponse<String> attached = author.postJson("api/v1/materials/" + materialId + "/files", "{\"uploadId\":\"" + upload + "\"}");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        awaitReady(author, materialId);
    }

    /** The id of the material's first file (as {@code /files/{id}/ORIGINAL} serves it). */
    public static long firstFileId(ApiClient reader, long materialId) {
        return json(reader.get("api/v1/materials/" + materialId)).get("files").get(0).get("id").asLong();
    }

    private static void awaitReady(ApiClient author, long materialId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        JsonNode files;
        do {
            files = json(author.get("api/v1/materials/" + materialId)).get("files");
            boolean pending = false;
            for (JsonNode f : files) {
                String status = f.get("status").asText();
                assertThat(status).as(f.toString()).isNotEqualTo("FAILED");
                pending |= !status.equals("READY");
            }
            if (!pending) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("ingest did not finish: " + files);
    }
}
