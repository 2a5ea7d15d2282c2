package vn.hoclieu.content.ingest.isolation;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskRequestTest {

    @Test
    void anUploadersNameWithSpacesTabsAndLineBreaksSurvivesTheLine() {
        TaskRequest request = new TaskRequest(7, "ingest", Path.of("/var/blobs/ab/cd/abcd"), Path.of("/tmp/ingest/job 7-1"),
                "Bài 3:\tPhân số\nlớp 5 %20 +.pdf");

        String line = request.line();

        assertThat(line).doesNotContain("\n", "\t").hasSize(line.strip().length());
        assertThat(TaskRequest.parse(line)).isEqualTo(request);
    }

    @Test
    void aMissingNameTravelsAsEmpty() {
        TaskRequest request = new TaskRequest(1, "ingest", Path.of("/in"), Path.of("/work"), null);

        assertThat(TaskRequest.parse(request.line()).originalName()).isEmpty();
    }

    @Test
    void onlyTheAnswerToThisRequestCounts() {
        TaskRequest request = new TaskRequest(12, "ingest", Path.of("/in"), Path.of("/work"), "a.pdf");

        assertThat(request.isAnsweredBy("done 12")).isTrue();
        assertThat(request.isAnsweredBy("done 1")).isFalse();
        assertThat(request.isAnsweredBy("done 120")).isFalse();
    }

    @Test
    void aLineThatIsNoRequestIsRefused() {
        assertThatThrownBy(() -> TaskRequest.parse("ingest /in")).isInstanceOf(IllegalArgumentException.class);
    }
}
