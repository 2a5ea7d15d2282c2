package vn.hoclieu.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoclieu.content.ContentSchema;
import vn.hoclieu.content.ModuleSchema;
import vn.hoclieu.core.CoreSchema;
import vn.hoclieu.core.demo.DemoSchool;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Brings every module's schema up to date before anything uses it, then seeds the demo school
 * on first start. Bean-managed transactions: Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = HocLieuDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DemoSchool demoSchool;

    @Inject
    DemoReviewPools demoReviewPools;

    @Inject
    DemoOpenCourse demoOpenCourse;

    @Inject
    @ConfigProperty(name = "hoclieu.seed.demo", defaultValue = "true")
    boolean seedDemo;

    @Inject
    @ConfigProperty(name = "hoclieu.db.startup-wait-seconds", defaultValue = "180")
    long startupWaitSeconds;

    @PostConstruct
    void migrate() {
        awaitDatabase();
        migrateCore();
        ContentSchema.migrate(dataSource);
        if (seedDemo && demoSchool.seedIfAbsent()) {
            demoReviewPools.seed();
            LOG.info("Seeded the demo school (" + DemoSchool.LOGINS.size() + " accounts) and its review pools");
        }
        if (seedDemo) {
            seedDemoCourse();
        }
    }

    /** A demo course that cannot be seeded (rolled back whole) must not keep the application from starting. */
    private void seedDemoCourse() {
        try {
            if (demoOpenCourse.seedIfAbsent()) {
                LOG.info("Seeded the demo open course \"" + DemoOpenCourse.TITLE + "\"");
            }
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "The demo open course was not seeded", e);
        }
    }

    /**
     * A database that restarts while the application deploys (a district's containers start in any
     * order) is waited for rather than failing the deployment at once.
     */
    private void awaitDatabase() {
        Instant deadline = Instant.now().plusSeconds(startupWaitSeconds);
        while (true) {
            String problem;
            try (Connection c = dataSource.getConnection()) {
                if (c.isValid(5)) {
                    return;
                }
                problem = "its connection does not answer";
            } catch (SQLException e) {
                problem = e.getMessage();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("MariaDB unreachable for " + startupWaitSeconds + " s: " + problem);
            }
            LOG.info("Waiting for MariaDB: " + problem);
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for MariaDB", e);
            }
        }
    }

    private void migrateCore() {
        var result = ModuleSchema.migrate(dataSource, SchemaMigration.class.getClassLoader(), CoreSchema.LOCATION, CoreSchema.HISTORY_TABLE);
        LOG.info("lms-core schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
    }
}
