package vn.hoclieu.content.media;

import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import vn.hoclieu.content.media.MediaFailure.Code;

/**
 * Reads a sound file's facts (MP3, AAC/M4A, Ogg Vorbis/Opus, WAV, FLAC, AMR, WMA), and checks, as
 * {@link VideoProbe} does, that its data reaches its declared duration. No preview: the player
 * shows the duration; sound needs no rendition at school bit rates (an MP3 is already small).
 */
public final class AudioProbe {

    private AudioProbe() {
    }

    /** @throws MediaFailure {@code unreadable}, {@code not-audio}, {@code truncated}, {@code corrupt} */
    public static AudioFacts probe(Path source) throws MediaFailure {
        long bytes = MediaInput.checkReadable(source, Code.NOT_AUDIO);
        FFmpegFrameGrabber g = MediaInput.open(source, MediaInput.Kind.AUDIO, grabber -> { });
        try {
            AVFormatContext oc = g.getFormatContext();
            AVStream audio = null;
            for (int i = 0; i < oc.nb_streams() && audio == null; i++) {
                if (oc.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_AUDIO) {
                    audio = oc.streams(i);
                }
            }
            if (audio == null || !g.hasAudio()) {
                throw new MediaFailure(Code.NOT_AUDIO, g.getFormat() + " file without a sound stream");
            }
            long declared = oc.duration() == AV_NOPTS_VALUE ? -1 : oc.duration();
            long reached = VideoProbe.scanEnd(g, oc, null, audio);
            if (declared <= 0) {
                declared = reached;
            } else if (reached < VideoProbe.MIN_COVERAGE * declared) {
                throw new MediaFailure(Code.TRUNCATED, String.format(Locale.ROOT,
                        "the data ends at %.2f s of the %.2f s declared", reached / 1e6, declared / 1e6));
            }
            if (declared <= 0) {
                throw new MediaFailure(Code.CORRUPT, "no duration, and no timestamps to measure one");
            }
            long bitrate = audio.codecpar().bit_rate() > 0 ? audio.codecpar().bit_rate()
                    : oc.bit_rate() > 0 ? oc.bit_rate() : Math.round(bytes * 8e6 / declared);
            String format = g.getFormat();
            String container = format.startsWith("mov,") ? "mp4" : format.split(",")[0];
            return new AudioFacts(container, Duration.ofNanos(declared * 1000), VideoProbe.codecName(audio),
                    bitrate, audio.codecpar().sample_rate(), audio.codecpar().ch_layout().nb_channels(), bytes);
        } finally {
            MediaInput.quietlyRelease(g);
        }
    }
}
