package vn.hoclieu.web.quiz;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoclieu.core.quiz.AttemptService;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits attempts whose time ran out, whether or not a browser is still there: every
 * {@code hoclieu.quiz.expiry-sweep-seconds} (30 by default) the attempts past their end and the
 * 15 s grace are submitted and scored. Several nodes may sweep at once: each attempt is locked and
 * submitted by one conditional UPDATE, so the second finds it done. No transaction here: the
 * service's is the boundary.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttemptExpiry {

    private static final Logger LOG = Logger.getLogger(AttemptExpiry.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AttemptService attempts;

    @Inject
    @ConfigProperty(name = "hoclieu.quiz.expiry-sweep-seconds", defaultValue = "30")
    long sweepSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, sweepSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig("quiz-attempt-expiry", false));
    }

    @Timeout
    void sweep() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int submitted = attempts.submitOverdue(Instant.now());
            if (submitted > 0) {
                LOG.info("Submitted " + submitted + " quiz attempt(s) whose time ran out");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not submit overdue quiz attempts: " + e.getMessage(), e);
        } finally {
            running.set(false);
        }
    }
}
