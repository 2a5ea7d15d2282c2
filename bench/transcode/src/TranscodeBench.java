import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.hoclieu.content.media.Rendition;
import vn.hoclieu.content.media.RenditionFile;
import vn.hoclieu.content.media.VideoTranscoder;

/**
 * One JVM of bench/transcode: transcodes INPUT to 360p RUNS times in a row with HocLieu's
 * VideoTranscoder and prints, per run, the CPU time the whole process spent on it (all threads,
 * FFmpeg's native ones included) as "run <i> <cpu-seconds> <bytes> <bitrate>". The first run pays
 * for class loading, native library loading and JIT; later ones show the steady state.
 *
 *   java -cp content-repo/target/classes:$(cat content-repo/target/worker.classpath):bench/transcode/target/classes \
 *        TranscodeBench INPUT OUTDIR RUNS
 */
public final class TranscodeBench {

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("main %.3f%n", os.getProcessCpuTime() / 1e9); // JVM start-up until main
        for (int i = 1; i <= runs; i++) {
            Path dir = Files.createDirectories(out.resolve("run" + i));
            long before = os.getProcessCpuTime();
            RenditionFile file = VideoTranscoder.transcode(input, dir, Rendition.P360);
            long cpu = os.getProcessCpuTime() - before;
            System.out.printf("run %d %.3f %d %d%n", i, cpu / 1e9, file.bytes(), file.bitrate());
        }
    }
}
