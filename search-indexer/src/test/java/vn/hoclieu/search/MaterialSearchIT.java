package vn.hoclieu.search;

import co.elastic.clients.elasticsearch.core.InfoResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import vn.hoclieu.search.devnode.DevNodeProcess;
import vn.hoclieu.search.devnode.RunningDevNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search against a real Elasticsearch 9 dev node, started once for the class. The methods build on
 * each other (index, then search, then restart), hence the order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaterialSearchIT {

    static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    static DevNodeProcess devNode;
    static RunningDevNode node;
    static SearchConnection connection;
    static MaterialIndex index;

    @BeforeAll
    static void startDevNode() throws IOException {
        Path module = DevNodeProcess.findModuleDir(Path.of(""));
        Path home = Files.createTempDirectory(Files.createDirectories(module.resolve("target")), "devnode-it-");
        devNode = new DevNodeProcess(module, home, freePort());
        node = startAndMeasure();
        connection = SearchConnection.open(SearchEndpoint.of(node.httpUri()));
        index = MaterialIndex.on(connection);
    }

    @AfterAll
    static void stopDevNode() {
        if (connection != null) {
            connection.close();
        }
        if (node != null) {
            node.stop();
        }
    }

    @Test
    @Order(1)
    void nodeIsHealthyAndTheOfficialClientAcceptsIt() throws IOException {
        SearchStatus status = new SearchHealth(SearchEndpoint.of(node.httpUri())).check();
        assertThat(status.up()).as(status.detail()).isTrue();
        assertThat(status.detail()).contains("cluster hoclieu-dev is green");

        InfoResponse info = connection.client().info();
        assertThat(info.version().number()).isEqualTo("9.5.3");
        assertThat(info.clusterName()).isEqualTo("hoclieu-dev");
        assertThat(info.tagline()).isEqualTo("You Know, for Search");
        assertThat(connection.client().ping().value()).isTrue();
    }

    @Test
    @Order(2)
    void ensureIndexCreatesOneVersionedIndexBehindTheAliasEvenWhenAppNodesRace() throws Exception {
        // four "application nodes", each with its own connection, all starting at once
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> appNodes = IntStream.range(0, 4).<Callable<Void>>mapToObj(i -> () -> {
                try (SearchConnection own = SearchConnection.open(SearchEndpoint.of(node.httpUri()))) {
                    MaterialIndex.on(own).ensureIndex();
                }
                return null;
            }).toList();
            for (Future<Void> started : pool.invokeAll(appNodes)) {
                started.get(); // rethrows a failure of any of them
            }
        } finally {
            pool.shutdownNow();
        }
        index.ensureIndex(); // and once more, later: nothing changes

        var aliases = connection.client().indices().getAlias(a -> a.name(MaterialIndex.ALIAS)).aliases();
        assertThat(aliases).containsOnlyKeys("hoclieu-materials-v3");
        assertThat(connection.client().indices().get(g -> g.index("hoclieu-materials*")).indices()).hasSize(1);
    }

    @Test
    @Order(3)
    void vietnameseTitlesAreFoundWithAndWithoutDiacritics() {
        index.index(MaterialDocument.basic("phep-nhan", "Phép nhân lớp 3", "Bảng cửu chương 2 đến 9", List.of("toán", "nhân"), "toan", 3, "vi"));
        index.index(MaterialDocument.basic("phep-chia", "Phép chia lớp 4", "Chia có dư", List.of("toán"), "toan", 4, "vi"));
        index.index(MaterialDocument.basic("duong-tron", "Đường tròn", "Tâm, bán kính, đường kính", List.of("hình học"), "toan", 5, "vi"));
        index.index(MaterialDocument.basic("duong-cam", "Dương cầm cho thiếu nhi", "Tập đàn những bài đầu tiên", List.of("âm nhạc"), "am-nhac", 2, "vi"));
        index.index(MaterialDocument.basic("dong-vat", "Động vật quanh em", "Tự nhiên và xã hội", List.of(), "tnxh", 1, "vi"));
        index.refresh();

        assertThat(ids(index.search("phep nhan lop 3", 5))).first().isEqualTo("phep-nhan");
        assertThat(ids(index.search("Phép nhân", 5))).first().isEqualTo("phep-nhan");
        assertThat(ids(index.search("duong", 5))).contains("duong-tron", "duong-cam").doesNotContain("dong-vat");

        List<MaterialHit> road = index.search("đường", 5);
        assertThat(ids(road)).first().isEqualTo("duong-tron");
        assertThat(road.getFirst().title()).isEqualTo("Đường tròn");
        assertThat(ids(index.search("dương", 5))).first().isEqualTo("duong-cam");
    }

    @Test
    @Order(4)
    void decomposedInputIsFoundLikePrecomposed() {
        // "phép nhân" typed on a system that sends e + U+0301, a + U+0302
        assertThat(ids(index.search("phe\u0301p nha\u0302n", 5))).first().isEqualTo("phep-nhan");
    }

    @Test
    @Order(5)
    void healthReportsDownWithAReasonWhenNothingListens() throws IOException {
        String url = "http://127.0.0.1:" + freePort();

        long started = System.nanoTime();
        SearchStatus status = new SearchHealth(SearchEndpoint.parse(url, null, null)).check();

        assertThat(status.up()).isFalse();
        assertThat(status.detail()).isEqualTo("Elasticsearch at " + url + " unreachable: Connection refused");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    @Order(6)
    void nodeStopsCleanlyOnSigtermAndKeepsItsDataForTheNextStart() throws IOException {
        node.stop();
        assertThat(node.isAlive()).isFalse();
        assertThat(Files.readString(node.output())).contains("closed");
        assertThat(new SearchHealth(SearchEndpoint.of(node.httpUri())).check().up()).isFalse();
        assertThatThrownBy(() -> index.search("duong", 5)).isInstanceOf(SearchException.class);

        node = startAndMeasure();

        // same connection as before the restart: the client recovers by itself
        assertThat(ids(index.search("phep nhan lop 3", 5))).first().isEqualTo("phep-nhan");
        assertThat(ids(index.search("duong", 5))).contains("duong-tron", "duong-cam");
    }

    private static RunningDevNode startAndMeasure() throws IOException {
        long started = System.nanoTime();
        RunningDevNode running = devNode.start();
        running.awaitHealthy(START_TIMEOUT);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("dev node pid %d healthy after %d ms, RSS %s%n", running.pid(), millis, rss(running.pid()));
        return running;
    }

    private static List<String> ids(List<MaterialHit> hits) {
        return hits.stream().map(MaterialHit::id).toList();
    }

    private static String rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
