package cn.tuoyu.testing;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests that call the shipped WAR over HTTP, as a client would: Arquillian deploys it on
 * Payara Micro against the run's embedded PostgreSQL, and {@link #api} talks to it. The WAR carries the movable
 * clock: a test lets time pass with {@link #clock}, and it is back to the system time after each test.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class AgainstTheApp {

    @ArquillianResource
    protected URL deployment;

    protected Api api;

    protected TestClock clock;

    @Deployment(testable = false)
    public static WebArchive app() {
        return Deployments.withMovableClock();
    }

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        clock = new TestClock(api);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
