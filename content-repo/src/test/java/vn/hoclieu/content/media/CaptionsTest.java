package vn.hoclieu.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoclieu.content.media.MediaSamples.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoclieu.content.media.MediaFailure.Code;

class CaptionsTest {

    @TempDir
    Path dir;

    @Test
    void convertsARealSrtWithBomAndItalics() throws Exception {
        Captions captions = Captions.read(sample(MediaSamples.POPEYE_SRT));
        assertThat(captions.sourceFormat()).isEqualTo("srt");
        assertThat(captions.cues()).hasSize(14);
        Captions.Cue second = captions.cues().get(1);
        assertThat(second.id()).isNull(); // SRT numbering is dropped
        assertThat(second.start()).isEqualTo(Duration.ofSeconds(13));
        assertThat(second.end()).isEqualTo(Duration.ofMillis(16_400));
        assertThat(second.text()).isEqualTo("<i>I'm Sinbad the sailor\nSo hearty and hale</i>");

        String vtt = captions.webVtt();
        assertThat(vtt).startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n[barking and roaring]\n\n"
                + "00:00:13.000 --> 00:00:16.400\n<i>I'm Sinbad the sailor\nSo hearty and hale</i>\n\n");
        assertThat(vtt).endsWith("00:00:57.668 --> 00:01:00.268\n<i>Sinbad the sailor!</i>\n\n");
        assertThat(vtt).doesNotContain("\uFEFF").doesNotContain("\r").doesNotContain(",000");
        assertThat(Captions.toWebVtt(sample(MediaSamples.POPEYE_SRT))).isEqualTo(vtt);

        assertThat(captions.plainText()).startsWith("[barking and roaring]\nI'm Sinbad the sailor So hearty and hale\n")
                .doesNotContain("<i>");
    }

    @Test
    void keepsARealWebVttWithVoicesAndSettings() throws Exception {
        Captions captions = Captions.read(sample(MediaSamples.ELEPHANTS_VTT));
        assertThat(captions.sourceFormat()).isEqualTo("vtt");
        assertThat(captions.cues()).hasSize(89);
        Captions.Cue first = captions.cues().get(0);
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.start()).isEqualTo(Duration.ofSeconds(15));
        assertThat(first.settings()).isEqualTo("align:start");
        assertThat(first.text()).isEqualTo("<v Proog>At the left we can see...</v>");
        assertThat(captions.webVtt()).startsWith("WEBVTT\n\n1\n00:00:15.000 --> 00:00:18.000 align:start\n"
                + "<v Proog>At the left we can see...</v>\n\n");
        assertThat(captions.webVtt()).contains("6\n00:00:28.208 --> 00:00:30.042 line:6% size:110%\n<v Proog><b>Watch out!</b></v>\n");
        assertThat(captions.plainText()).startsWith("At the left we can see...\nAt the right we can see the...\n"
                + "...the head-snarlers\n");
    }

    @Test
    void handlesCrlfCommasNumberingAndLegacyMarkup() throws Exception {
        String srt = "1\r\n00:00:01,5 --> 00:00:03,250 X1:10 X2:100 Y1:10 Y2:50\r\n"
                + "<font color=\"#ffff00\">Xin chào</font> {\\an8}các em & <B>bố mẹ</B>\r\n\r\n"
                + "2\r\n00:01:02,000 --> 00:01:04,000\r\nA --> B\r\n\r\n\r\n"
                + "3\r\n01:00:00,000 --> 00:59:00,000\r\nends before it starts\r\n";
        Path file = dir.resolve("bai1.srt");
        Files.writeString(file, srt);
        Captions captions = Captions.read(file);
        assertThat(captions.webVtt()).isEqualTo("WEBVTT\n\n"
                + "00:00:01.500 --> 00:00:03.250\nXin chào các em &amp; <b>bố mẹ</b>\n\n"
                + "00:01:02.000 --> 00:01:04.000\nA --&gt; B\n\n");
        assertThat(captions.plainText()).isEqualTo("Xin chào các em & bố mẹ\nA --> B\n");
    }

    @Test
    void readsLegacyVietnameseWindows1258AsNfc() throws Exception {
        // Windows-1258 has ê precomposed but tones as combining marks: "Tiê" + acute, "Viê" + dot below
        String text = "1\n00:00:01,000 --> 00:00:02,000\nTi\u00EA\u0301ng Vi\u00EA\u0323t\n";
        byte[] legacy = text.getBytes(Charset.forName("windows-1258"));
        assertThat(new String(legacy, Charset.forName("windows-1258"))).isEqualTo(text); // nothing lost
        Path file = dir.resolve("legacy.srt");
        Files.write(file, legacy);
        assertThat(Captions.read(file).plainText()).isEqualTo("Tiếng Việt\n");
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        Path file = dir.resolve("utf16.vtt");
        Files.write(file, ("\uFEFFWEBVTT\n\nNOTE made in Notepad\n\n00:01.000 --> 00:02.000\nmột hai\n")
                .getBytes(StandardCharsets.UTF_16LE));
        Captions captions = Captions.read(file);
        assertThat(captions.webVtt()).isEqualTo("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nmột hai\n\n");
    }

    @Test
    void refusesWhatIsNotCaptions() throws Exception {
        Path prose = dir.resolve("notes.srt");
        Files.writeString(prose, "Bài 1\n\nHôm nay chúng ta học phép cộng.\n");
        assertRefused(prose, Code.NOT_CAPTIONS);
        assertRefused(sample(MediaSamples.SMILE_PNG), Code.NOT_CAPTIONS); // binary
        assertRefused(MediaSamples.empty(dir, "empty.vtt"), Code.NOT_CAPTIONS);
        Path headerOnly = dir.resolve("header.vtt");
        Files.writeString(headerOnly, "WEBVTT\n\n");
        assertRefused(headerOnly, Code.NOT_CAPTIONS);
        assertRefused(dir.resolve("missing.srt"), Code.UNREADABLE);
    }

    private static void assertRefused(Path file, Code code) {
        assertThatThrownBy(() -> Captions.read(file))
                .isInstanceOfSatisfying(MediaFailure.class, f -> assertThat(f.code()).isEqualTo(code));
    }
}
