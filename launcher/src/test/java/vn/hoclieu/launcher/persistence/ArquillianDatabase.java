package vn.hoclieu.launcher.persistence;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.hoclieu.devstack.TestDatabase;

/**
 * Gives the in-container tests' Payara Micro an empty database before Arquillian starts it
 * (arquillian.xml reads {@code hoclieu.arquillian.db.url}). Only in the integration-test run.
 */
public class ArquillianDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("payara.microJar") != null && System.getProperty("hoclieu.arquillian.db.url") == null) {
            System.setProperty("hoclieu.arquillian.db.url", TestDatabase.freshDatabase("hoclieu_arquillian"));
        }
    }
}
