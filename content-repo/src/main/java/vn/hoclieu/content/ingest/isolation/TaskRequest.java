package vn.hoclieu.content.ingest.isolation;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One task as the supervisor sends it to a task host: a line on the child's stdin,
 * {@code <id> <task> <input file> <work dir> <original name>}. Each field is URL-encoded because
 * the original name is the uploader's and may hold spaces, tabs or line breaks. The host answers
 * {@code done <id>} on its stdout once {@code result.properties} is written.
 */
record TaskRequest(long id, String task, Path input, Path workDir, String originalName) {

    private static final String DONE = "done ";

    String line() {
        return id + " " + encode(task) + " " + encode(input.toString()) + " " + encode(workDir.toString()) + " "
                + encode(originalName == null ? "" : originalName);
    }

    static TaskRequest parse(String line) {
        String[] fields = line.split(" ", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("not a task request: " + line);
        }
        return new TaskRequest(Long.parseLong(fields[0]), decode(fields[1]), Path.of(decode(fields[2])),
                Path.of(decode(fields[3])), decode(fields[4]));
    }

    String answer() {
        return DONE + id;
    }

    boolean isAnsweredBy(String line) {
        return line.equals(answer());
    }

    private static String encode(String field) {
        return URLEncoder.encode(field, StandardCharsets.UTF_8);
    }

    private static String decode(String field) {
        return URLDecoder.decode(field, StandardCharsets.UTF_8);
    }
}
