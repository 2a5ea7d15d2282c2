package vn.hoclieu.launcher.system;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the shared system stack when the test run ends, so no process outlives the build. */
public class SystemStackSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SystemStack.stop();
    }
}
