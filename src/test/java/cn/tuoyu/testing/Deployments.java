package cn.tuoyu.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import cn.tuoyu.testing.clock.MovableClock;
import cn.tuoyu.testing.clock.TestClockResource;

/** The integration tests deploy the WAR exactly as it ships, or with the movable clock added ({@link TestClock}). */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive app() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")));
    }

    /** The shipped WAR plus the clock a test moves ({@link MovableClock}) and its endpoint, {@code /api/test/clock}. */
    public static WebArchive withMovableClock() {
        return app().addClasses(MovableClock.class, TestClockResource.class);
    }
}
