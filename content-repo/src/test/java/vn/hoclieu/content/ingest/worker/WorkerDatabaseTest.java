package vn.hoclieu.content.ingest.worker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerDatabaseTest {

    @Test
    void addsAShortConnectTimeoutSoAnUnreachableDatabaseIsReportedQuickly() {
        assertThat(WorkerDatabase.withDefaults("jdbc:mariadb://db/hoclieu"))
                .isEqualTo("jdbc:mariadb://db/hoclieu?connectTimeout=5000");
        assertThat(WorkerDatabase.withDefaults("jdbc:mariadb://db/hoclieu?sslMode=verify-full"))
                .isEqualTo("jdbc:mariadb://db/hoclieu?sslMode=verify-full&connectTimeout=5000");
    }

    @Test
    void keepsATimeoutTheUrlSetsItself() {
        assertThat(WorkerDatabase.withDefaults("jdbc:mariadb://db/hoclieu?connectTimeout=20000"))
                .isEqualTo("jdbc:mariadb://db/hoclieu?connectTimeout=20000");
    }
}
