package vn.hoclieu.content.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_INFO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_WARNING;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * FFmpeg's log, routed to java.util.logging (logger {@code vn.hoclieu.content.media.ffmpeg}) at a
 * quiet level: FFmpeg's errors at FINE, its warnings at FINER, the rest at FINEST; only fatal
 * messages reach WARNING. FFmpeg's own level is WARNING, so chatter is not even formatted.
 *
 * <p>The log is also the only place where decoders report concealed damage ("error while decoding
 * MB 10 20"): a {@link Watch} counts FFmpeg's error lines while it is open.
 * The callback is process-wide; this library runs one job at a time in its worker process.
 */
final class FfmpegLog {

    static final Logger LOG = Logger.getLogger("vn.hoclieu.content.media.ffmpeg");

    private static final CopyOnWriteArrayList<Watch> WATCHES = new CopyOnWriteArrayList<>();
    private static volatile Bridge bridge; // held: the native side keeps only a function pointer

    private FfmpegLog() {
    }

    /**
     * Loads FFmpeg's natives (once; they unpack to {@code org.bytedeco.javacpp.cachedir}, by default
     * ~/.javacpp/cache) and installs the bridge.
     *
     * @throws IllegalStateException if the natives cannot load: the worker's setup is wrong, not the input
     */
    static void install() {
        if (bridge != null) {
            return;
        }
        synchronized (FfmpegLog.class) {
            if (bridge == null) {
                try {
                    FFmpegFrameGrabber.tryLoad();
                    FFmpegFrameRecorder.tryLoad();
                } catch (Exception e) {
                    throw new IllegalStateException("FFmpeg natives (JavaCV) cannot load", e);
                }
                Bridge b = new Bridge();
                avutil.av_log_set_level(AV_LOG_WARNING);
                avutil.setLogCallback(b);
                bridge = b;
            }
        }
    }

    /** Counts the error lines of every FFmpeg component but those named; close it. */
    static Watch watchAllBut(Set<String> ignored) {
        Watch w = new Watch(ignored);
        WATCHES.add(w);
        return w;
    }

    /** Error lines (and the last of them) seen while open. */
    static final class Watch implements AutoCloseable {
        private final Set<String> ignored;
        private final AtomicInteger errors = new AtomicInteger();
        private volatile String lastError;

        private Watch(Set<String> ignored) {
            this.ignored = Set.copyOf(ignored);
        }

        int errors() {
            return errors.get();
        }

        /** The last error line, without its "[h264 @ 0x…]" prefix; null if none. */
        String lastError() {
            return lastError;
        }

        void seen(String component, String message) {
            if (!ignored.contains(component)) {
                errors.incrementAndGet();
                lastError = (component.isEmpty() ? "" : component + ": ") + message;
            }
        }

        @Override
        public void close() {
            WATCHES.remove(this);
        }
    }

    private static final class Bridge extends LogCallback {
        @Override
        public void call(int level, BytePointer line) {
            if (level > AV_LOG_WARNING) {
                return;
            }
            String text = line.getString().strip();
            if (text.isEmpty()) {
                return;
            }
            String component = "";
            String message = text;
            // "[h264 @ 0x55d4c9e0] error while decoding MB 10 20" (the context's class name and address)
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                if (close > 0) {
                    String prefix = text.substring(1, close);
                    int at = prefix.indexOf(" @ ");
                    component = at < 0 ? prefix : prefix.substring(0, at);
                    message = text.substring(close + 1).strip();
                }
            }
            if (level <= AV_LOG_ERROR) {
                for (Watch w : WATCHES) {
                    w.seen(component, message);
                }
            }
            Level jul = level <= AV_LOG_FATAL ? Level.WARNING
                    : level <= AV_LOG_ERROR ? Level.FINE
                    : level <= AV_LOG_WARNING ? Level.FINER
                    : level <= AV_LOG_INFO ? Level.FINEST : Level.FINEST;
            if (LOG.isLoggable(jul)) {
                LOG.log(jul, text);
            }
        }
    }
}
