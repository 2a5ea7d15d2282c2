package vn.hoclieu.search.devnode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DevNodeProcessTest {

    @TempDir
    Path dir;

    @Test
    void commandRunsTheNodeMainFromClassesAndTheWrittenClasspath() throws Exception {
        Path module = packagedModule("/m2/es.jar" + File.pathSeparator + "/m2/netty.jar\n");
        Path home = dir.resolve("home");

        List<String> command = new DevNodeProcess(module, home, 9321).command();

        assertThat(Path.of(command.getFirst())).isExecutable();
        assertThat(command).containsSubsequence("-cp",
            module.resolve("target/classes") + File.pathSeparator + "/m2/es.jar" + File.pathSeparator + "/m2/netty.jar");
        assertThat(command).contains("-Xms256m", "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
            "-Des.nativelibs.path=" + home.resolve("native"),
            "-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false",
            "-Djava.io.tmpdir=" + home.resolve("tmp"));
        assertThat(command).containsSubsequence("--add-modules", "jdk.incubator.vector");
        // JVM options before the main class, program arguments after it
        assertThat(command.subList(command.indexOf(DevNodeProcess.MAIN_CLASS), command.size()))
            .containsExactly(DevNodeProcess.MAIN_CLASS, "--home", home.toString(), "--http-port", "9321", "--exit-on-stdin-eof");
    }

    @Test
    void withoutPackagedModuleTheMessageSaysWhatToBuild() {
        assertThatThrownBy(() -> new DevNodeProcess(dir, dir.resolve("home"), 9200).command())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("devnode.classpath")
            .hasMessageContaining("build search-indexer first: mvn package");
    }

    @Test
    void libzstdLinkPointsAtTheSystemLibraryAndSurvivesASecondStart() throws Exception {
        assumeTrue(DevNodeProcess.findSystemLibzstd().isPresent(), "no system libzstd on this machine");
        Path nativeDir = dir.resolve("native");

        DevNodeProcess.linkLibzstd(nativeDir);
        DevNodeProcess.linkLibzstd(nativeDir);

        Path link = nativeDir.resolve("libzstd.so");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(DevNodeProcess.findSystemLibzstd().orElseThrow());
    }

    @Test
    void refusesToStartOnAPortSomeoneElseListensOn() throws Exception {
        Path module = packagedModule("");
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            DevNodeProcess process = new DevNodeProcess(module, dir.resolve("home"), taken.getLocalPort());

            assertThatThrownBy(process::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("port " + taken.getLocalPort() + " on 127.0.0.1 is in use");
        }
    }

    @Test
    void findsTheModuleFromTheProjectRootAndFromItself() throws Exception {
        Path module = Files.createDirectories(dir.resolve("search-indexer"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");

        assertThat(DevNodeProcess.findModuleDir(dir)).isEqualTo(module);
        assertThat(DevNodeProcess.findModuleDir(module)).isEqualTo(module);
        assertThatThrownBy(() -> DevNodeProcess.findModuleDir(dir.resolve("elsewhere")))
            .hasMessageContaining("search-indexer module not found");
    }

    private Path packagedModule(String classpath) throws Exception {
        Path module = dir.resolve("module");
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve("target/devnode.classpath"), classpath);
        return module;
    }
}
