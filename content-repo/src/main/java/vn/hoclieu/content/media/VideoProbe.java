package vn.hoclieu.content.media;

import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import vn.hoclieu.content.media.MediaFailure.Code;

/**
 * Reads a video file's facts, and checks that its data reaches its declared duration.
 *
 * <p>The check reads every packet but decodes none (cheap: I/O only): a file cut short ends early.
 * Damage inside the data (bit rot) only shows when decoding: {@link VideoTranscoder} checks that.
 */
public final class VideoProbe {

    /** Data must reach this share of the declared duration. */
    static final double MIN_COVERAGE = 0.95;

    private VideoProbe() {
    }

    /**
     * @throws MediaFailure {@code unreadable}, {@code not-a-video}, {@code no-video-stream},
     *                      {@code truncated}, {@code corrupt}
     */
    public static VideoFacts probe(Path source) throws MediaFailure {
        return probe(source, true);
    }

    static VideoFacts probe(Path source, boolean scanPackets) throws MediaFailure {
        FFmpegFrameGrabber grabber = MediaInput.open(source, MediaInput.Kind.VIDEO, g -> { });
        try {
            return facts(source, grabber, scanPackets);
        } finally {
            MediaInput.quietlyRelease(grabber);
        }
    }

    private static VideoFacts facts(Path source, FFmpegFrameGrabber g, boolean scanPackets) throws MediaFailure {
        AVFormatContext oc = g.getFormatContext();
        AVStream video = null;
        AVStream audio = null;
        for (int i = 0; i < oc.nb_streams(); i++) {
            AVStream s = oc.streams(i);
            int type = s.codecpar().codec_type();
            if (type == AVMEDIA_TYPE_VIDEO && (s.disposition() & AV_DISPOSITION_ATTACHED_PIC) == 0 && video == null) {
                video = s;
            } else if (type == AVMEDIA_TYPE_AUDIO && audio == null) {
                audio = s;
            }
        }
        String container = container(source, g);
        if (video == null || !g.hasVideo()) {
            throw new MediaFailure(Code.NO_VIDEO_STREAM, container + " file without a video stream"
                    + (audio != null ? " (audio only)" : ""));
        }
        int width = g.getImageWidth();
        int height = g.getImageHeight();
        if (width <= 0 || height <= 0) {
            throw new MediaFailure(Code.CORRUPT, "video stream without a picture size");
        }
        long declared = oc.duration() == AV_NOPTS_VALUE ? -1 : oc.duration(); // µs (AV_TIME_BASE)
        if (scanPackets) {
            long reached = scanEnd(g, oc, video, audio);
            if (declared <= 0) {
                declared = reached;
            } else if (reached < MIN_COVERAGE * declared) {
                throw new MediaFailure(Code.TRUNCATED, String.format(Locale.ROOT,
                        "the data ends at %.2f s of the %.2f s declared", reached / 1e6, declared / 1e6));
            }
        }
        if (declared <= 0) {
            throw new MediaFailure(Code.CORRUPT, "no duration, and no timestamps to measure one");
        }
        int rotation = clockwise(g.getDisplayRotation());
        double sar = g.getAspectRatio();
        int shownWidth = sar > 0 && Math.abs(sar - 1) > 0.01 ? (int) Math.round(width * sar) : width;
        boolean quarter = rotation == 90 || rotation == 270;
        double fps = g.getVideoFrameRate();
        if (!(fps > 0) || Double.isInfinite(fps)) {
            fps = g.getFrameRate();
        }
        if (!(fps > 0) || Double.isInfinite(fps) || fps > 1000) {
            fps = 0;
        }
        return new VideoFacts(container, Duration.ofNanos(declared * 1000), width, height,
                quarter ? height : shownWidth, quarter ? shownWidth : height, fps,
                codecName(video), audio == null || !g.hasAudio() ? null : codecName(audio), rotation,
                Math.max(0, oc.bit_rate()), MediaInput.checkReadable(source, Code.NOT_A_VIDEO));
    }

    /** µs from the first to the end of the last packet of the two streams, read without decoding. */
    static long scanEnd(FFmpegFrameGrabber g, AVFormatContext oc, AVStream video, AVStream audio) throws MediaFailure {
        double first = Double.MAX_VALUE;
        double last = 0;
        try {
            AVPacket pkt;
            while ((pkt = g.grabPacket()) != null) {
                int index = pkt.stream_index();
                if ((video != null && index == video.index()) || (audio != null && index == audio.index())) {
                    long ts = pkt.pts() != AV_NOPTS_VALUE ? pkt.pts() : pkt.dts();
                    if (ts != AV_NOPTS_VALUE) {
                        double unit = avutil.av_q2d(oc.streams(index).time_base());
                        first = Math.min(first, ts * unit);
                        last = Math.max(last, (ts + Math.max(0, pkt.duration())) * unit);
                    }
                }
                avcodec.av_packet_unref(pkt);
            }
        } catch (Exception e) {
            throw new MediaFailure(Code.CORRUPT, "reading packets failed: " + MediaInput.message(e), e);
        }
        return first == Double.MAX_VALUE ? 0 : Math.round((last - first) * 1e6);
    }

    static String codecName(AVStream stream) {
        return avcodec.avcodec_get_name(stream.codecpar().codec_id()).getString();
    }

    /** FFmpeg's display matrix angle (counter-clockwise) as clockwise quarter turns: 0, 90, 180, 270. */
    static int clockwise(double displayRotation) {
        if (Double.isNaN(displayRotation)) {
            return 0;
        }
        long quarter = Math.round(-displayRotation / 90.0);
        return (int) (((quarter % 4) + 4) % 4) * 90;
    }

    private static String container(Path source, FFmpegFrameGrabber g) {
        String format = g.getFormat();
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (format.startsWith("mov,")) {
            String brand = g.getMetadata("major_brand");
            return brand != null && brand.strip().equals("qt") ? "mov" : "mp4";
        }
        if (format.startsWith("matroska")) {
            return name.endsWith(".webm") ? "webm" : "matroska";
        }
        int comma = format.indexOf(',');
        return comma < 0 ? format : format.substring(0, comma);
    }
}
