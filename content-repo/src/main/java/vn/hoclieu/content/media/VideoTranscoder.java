package vn.hoclieu.content.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import vn.hoclieu.content.media.MediaFailure.Code;

/**
 * Transcodes a video into one {@link Rendition}: H.264 (x264 veryfast) + AAC mono in an MP4 whose
 * index comes first ({@code movflags +faststart}), so phones start playing before the download ends.
 *
 * <p>The grabber decodes straight to YUV 4:2:0 at the output size (one scaling step, no RGB
 * round-trip): as cheap as the ffmpeg command line with the same settings (bench/transcode).
 *
 * <p>While decoding it checks the input: if the decoded pictures and sound stop before 95% of the
 * container's duration, or frames are missing, it fails {@code truncated}; if the decoders report
 * damage (concealed errors, which FFmpeg does not throw), it fails {@code corrupt}. Either way no
 * rendition is left behind.
 *
 * <p>Native code: call it in a worker process (a damaged file can crash a decoder).
 */
public final class VideoTranscoder {

    private static final Logger LOG = Logger.getLogger(VideoTranscoder.class.getName());

    /** Above this (+5%) the output drops frames to half (or a third…) of the source rate. */
    static final double MAX_FPS = 30;
    /** FFmpeg components whose errors are about the output, not about the input's damage. */
    private static final Set<String> OUTPUT_SIDE = Set.of("libx264", "mp4", "swscaler", "SWR");
    /** Decoder error lines tolerated before a file counts as corrupt. */
    static final int MAX_DECODE_ERRORS = 0;

    private VideoTranscoder() {
    }

    /**
     * Writes {@code outDir/<rendition.fileName()>} (replacing it) and measures it.
     *
     * @throws MediaFailure input refused: {@code unreadable}, {@code not-a-video},
     *                      {@code no-video-stream}, {@code truncated}, {@code corrupt}
     * @throws IOException  the output could not be written
     */
    public static RenditionFile transcode(Path source, Path outDir, Rendition rendition)
            throws MediaFailure, IOException {
        VideoFacts facts = VideoProbe.probe(source, false); // the decode below checks the data
        Files.createDirectories(outDir);
        Path target = outDir.resolve(rendition.fileName());
        Path partial = outDir.resolve(rendition.fileName() + ".part");
        Files.deleteIfExists(partial);
        try {
            Decoded decoded = encode(source, partial, facts, rendition);
            check(facts, decoded);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        VideoFacts written = VideoProbe.probe(target, false);
        long bytes = Files.size(target);
        return new RenditionFile(rendition, target, written.displayWidth(), written.displayHeight(),
                Math.round(bytes * 8 / written.seconds()), written.duration(), bytes);
    }

    /** What the decoders delivered: pictures, their span, the sound's span, the damage they reported. */
    record Decoded(long frames, long declaredFrames, long videoMicros, long audioMicros, int errors, String lastError,
                   long dropped) {
    }

    private static Decoded encode(Path source, Path partial, VideoFacts facts, Rendition rendition)
            throws MediaFailure, IOException {
        int[] shown = rendition.fit(facts.displayWidth(), facts.displayHeight());
        boolean quarter = facts.rotation() == 90 || facts.rotation() == 270;
        int codedWidth = quarter ? shown[1] : shown[0]; // the grabber scales before rotation
        int codedHeight = quarter ? shown[0] : shown[1];
        FFmpegFrameGrabber grabber = MediaInput.open(source, MediaInput.Kind.VIDEO, g -> {
            g.setPixelFormat(AV_PIX_FMT_YUV420P);
            g.setImageWidth(codedWidth);
            g.setImageHeight(codedHeight);
            g.setImageScalingFlags(swscale.SWS_BICUBIC); // the ffmpeg CLI's scale default
            g.setVideoOption("threads", "auto");
            if (facts.hasAudio()) { // decoded straight to what the AAC encoder takes: float planes, mono
                g.setSampleFormat(AV_SAMPLE_FMT_FLTP);
                g.setAudioChannels(rendition.audioChannels());
            }
        });
        try (FfmpegLog.Watch damage = FfmpegLog.watchAllBut(OUTPUT_SIDE)) {
            double sourceFps = facts.fps() > 0 ? facts.fps() : MAX_FPS;
            double divisor = Math.ceil(sourceFps / (MAX_FPS * 1.05));
            double fps = sourceFps / divisor;
            boolean thinning = divisor > 1;
            boolean audio = facts.hasAudio() && grabber.hasAudio();
            FFmpegFrameRecorder recorder = recorder(partial, rendition, codedWidth, codedHeight, fps, facts,
                    audio ? sampleRate(grabber.getSampleRate()) : 0);
            try {
                start(recorder);
                long frames = 0;
                long dropped = 0;
                long firstVideo = Long.MIN_VALUE;
                long lastVideo = 0;
                int sampleRate = 1;
                long samples = 0; // sound is measured in samples: Ogg/Vorbis timestamps are unusable
                Frame frame;
                while ((frame = grabber.grabFrame(audio, true, true, false, false)) != null) {
                    if (frame.image != null) {
                        frames++;
                        if (firstVideo == Long.MIN_VALUE) {
                            firstVideo = frame.timestamp;
                        }
                        lastVideo = Math.max(lastVideo, frame.timestamp);
                        // the output frame slot of this picture: keeps variable-rate sources in time,
                        // and drops pictures when the output rate is lower than the source's
                        long slot = Math.round((frame.timestamp - firstVideo) * fps / 1e6);
                        int next = recorder.getFrameNumber();
                        // a variable-rate source's jitter may put a picture one slot early: shift it
                        // (drift stays under one frame); when thinning out a fast source, drop it
                        if (slot < next - (thinning ? 0 : 1)) {
                            dropped++;
                            continue;
                        }
                        recorder.setFrameNumber((int) Math.max(slot, next));
                        recorder.record(frame, AV_PIX_FMT_YUV420P);
                    } else if (frame.samples != null) {
                        samples += frame.samples[0].limit() / (frame.samples.length > 1 ? 1 : frame.audioChannels);
                        sampleRate = frame.sampleRate;
                        recorder.recordSamples(frame.sampleRate, frame.audioChannels, frame.samples);
                    }
                }
                recorder.stop();
                long videoMicros = frames == 0 ? 0 : lastVideo - firstVideo + Math.round(1e6 / sourceFps);
                long audioMicros = samples * 1_000_000L / sampleRate;
                return new Decoded(frames, declaredFrames(grabber), videoMicros, audioMicros, damage.errors(), damage.lastError(), dropped);
            } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
                throw new MediaFailure(Code.CORRUPT, "decoding failed: " + MediaInput.message(e), e);
            } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
                throw new IOException("encoding " + rendition.label() + " failed: " + MediaInput.message(e), e);
            } finally {
                try {
                    recorder.release();
                } catch (Exception e) {
                    LOG.fine(() -> "releasing the recorder failed: " + e);
                }
            }
        } finally {
            MediaInput.quietlyRelease(grabber);
        }
    }

    private static FFmpegFrameRecorder recorder(Path out, Rendition rendition, int width, int height, double fps,
                                                VideoFacts facts, int sampleRate) {
        // a new recorder for every attempt: one reused after a failed start() crashes the JVM
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(out.toFile(), width, height,
                sampleRate > 0 ? rendition.audioChannels() : 0);
        r.setFormat("mp4");
        r.setOption("movflags", "+faststart");
        r.setVideoCodecName("libx264");
        r.setPixelFormat(AV_PIX_FMT_YUV420P);
        r.setFrameRate(fps);
        r.setGopSize((int) Math.round(fps * 4)); // a key frame every 4 s: seeking on slow links
        r.setVideoBitrate(rendition.videoBitrate());
        r.setVideoOption("preset", "veryfast");
        r.setVideoOption("profile", "main");
        r.setVideoOption("threads", "auto");
        if (rendition.videoMaxrate() > 0) {
            r.setVideoOption("maxrate", String.valueOf(rendition.videoMaxrate()));
            r.setVideoOption("bufsize", String.valueOf(rendition.videoMaxrate() * 2));
        }
        if (facts.rotation() != 0) {
            r.setDisplayRotation(-facts.rotation()); // FFmpeg's angle is counter-clockwise
        }
        if (sampleRate > 0) {
            r.setAudioCodecName("aac");
            r.setAudioBitrate(rendition.audioBitrate());
            r.setAudioChannels(rendition.audioChannels());
            r.setSampleRate(sampleRate);
        }
        return r;
    }

    private static void start(FFmpegFrameRecorder recorder) throws IOException {
        try {
            recorder.start();
        } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
            throw new IOException("the encoder would not start: " + MediaInput.message(e), e);
        }
    }

    /** An AAC rate for the source's: the same if AAC has it (up to 48 kHz), else 48 kHz. */
    static int sampleRate(int source) {
        return Set.of(8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000).contains(source) ? source : 48000;
    }

    /** The frame count the container lists for the video stream (MP4, AVI do), or 0. */
    private static long declaredFrames(FFmpegFrameGrabber g) {
        var oc = g.getFormatContext();
        for (int i = 0; i < oc.nb_streams(); i++) {
            AVStream s = oc.streams(i);
            if (s.codecpar().codec_type() == org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO) {
                return Math.max(0, s.nb_frames());
            }
        }
        return 0;
    }

    private static void check(VideoFacts facts, Decoded d) throws MediaFailure {
        long declared = facts.duration().toNanos() / 1000;
        long reached = Math.max(d.videoMicros(), d.audioMicros());
        String measured = String.format(Locale.ROOT, "decoded %d frames, %.2f s of picture and %.2f s of sound of the %.2f s declared",
                d.frames(), d.videoMicros() / 1e6, d.audioMicros() / 1e6, declared / 1e6);
        LOG.fine(() -> measured + ", " + d.errors() + " decoder errors, " + d.dropped() + " pictures dropped");
        if (d.frames() == 0 || reached < VideoProbe.MIN_COVERAGE * declared) {
            throw new MediaFailure(Code.TRUNCATED, measured);
        }
        if (d.declaredFrames() > 0 && d.frames() < VideoProbe.MIN_COVERAGE * d.declaredFrames()) {
            throw new MediaFailure(Code.TRUNCATED, measured + " (the container lists " + d.declaredFrames() + " frames)");
        }
        if (d.errors() > MAX_DECODE_ERRORS) {
            throw new MediaFailure(Code.CORRUPT, d.errors() + " decoder errors, the last: " + d.lastError()
                    + "; " + measured);
        }
    }
}
