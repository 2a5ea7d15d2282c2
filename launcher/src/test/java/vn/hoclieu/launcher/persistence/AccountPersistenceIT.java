package vn.hoclieu.launcher.persistence;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.LearnerRegistration;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.account.UsernameTakenException;
import vn.hoclieu.core.account.internal.AccountIdentityStore;
import vn.hoclieu.core.account.model.UserAccount;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;

import javax.sql.DataSource;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside Payara Micro with the real WAR against a real MariaDB: migrations, the demo seed,
 * accounts and the identity store, through the same beans the application uses.
 */
@ExtendWith(ArquillianExtension.class)
class AccountPersistenceIT {

    @Deployment
    static WebArchive application() {
        File war = vn.hoclieu.devstack.TestDatabase.buildRoot().resolve("lms-web/target/lms-web.war").toFile();
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClass(AccountPersistenceIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    SchoolService schools;

    @Inject
    AccountIdentityStore identityStore;

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/hoclieu")
    DataSource dataSource;

    @Test
    void registeredLearnerSurvivesAReloadWithHerVietnameseNameIntact() {
        accounts.registerLearner(new LearnerRegistration("nguyen.thi.ngoc", "Nguyễn Thị Ngọc Ánh — K'Ho", "anh@example.vn",
                "mat-khau-rat-dai", "vi"));
        em.clear();

        UserAccount reloaded = em.createQuery("select a from UserAccount a where a.username = 'nguyen.thi.ngoc'", UserAccount.class)
                .getSingleResult();
        assertEquals("Nguyễn Thị Ngọc Ánh — K'Ho", reloaded.displayName());
        assertEquals(Set.of(Role.LEARNER), reloaded.roles());
        assertTrue(reloaded.passwordHash().startsWith("PBKDF2WithHmacSHA512:210000:"), reloaded.passwordHash());
    }

    @Test
    void aUsernameCanBeRegisteredOnlyOnce() {
        LearnerRegistration first = new LearnerRegistration("mot.lan.thoi", "Một Lần", null, "mat-khau-rat-dai", "vi");
        accounts.registerLearner(first);

        assertThrows(UsernameTakenException.class, () -> accounts.registerLearner(first));
    }

    @Test
    void demoSchoolIsSeededWithItsClassesAndPeople() {
        Account teacher = accounts.findByUsername("gv.nhung").orElseThrow();

        List<String> taught = schools.classesTaughtBy(teacher.id()).stream().map(ClassSummary::name).toList();
        assertEquals(List.of("1A", "3B", "5C"), taught);
        assertEquals("Trường TH&THCS Hòa Bình (trường mẫu)", teacher.schoolName());
        assertEquals("3B", schools.classOf(accounts.findByUsername("hs.dung").orElseThrow().id()).orElseThrow().name());
    }

    @Test
    void identityStoreAcceptsTheRightPasswordAndGivesTheRolesAsGroups() {
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential("td.thu", new Password("HocLieu2026!")));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(Set.of("REVIEWER"), result.getCallerGroups());
    }

    @Test
    void identityStoreRefusesAWrongPasswordAndAnUnknownUser() {
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("td.thu", new Password("wrong"))).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("ai.do", new Password("wrong"))).getStatus());
    }

    @Test
    void everyModuleHasItsOwnMigrationHistoryAndEveryTableIsUtf8mb4() throws Exception {
        List<String> offenders = new ArrayList<>();
        List<String> histories = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery(
                     "select table_name, table_collation from information_schema.tables where table_schema = database()")) {
            while (r.next()) {
                String table = r.getString(1);
                if (table.endsWith("_schema_history")) {
                    histories.add(table);
                } else if (!r.getString(2).startsWith("utf8mb4_unicode_520")) {
                    offenders.add(table + "=" + r.getString(2));
                }
            }
        }
        assertTrue(histories.containsAll(List.of("core_schema_history", "content_schema_history")), histories.toString());
        assertEquals(List.of(), offenders);
    }
}
