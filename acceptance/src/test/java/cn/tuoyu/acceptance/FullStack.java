package cn.tuoyu.acceptance;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import cn.tuoyu.stack.LocalStack;

/**
 * Starts the whole stack once per test run — a fresh embedded PostgreSQL, Keycloak with the realm imported from
 * {@code realm/}, the app with demo data, the mail server and the SMS stand-in — on free loopback ports, and stops it
 * when the run ends.
 */
public class FullStack implements BeforeAllCallback {

    private static LocalStack stack;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (stack != null) {
            return;
        }
        Path build = Path.of(System.getProperty("build.directory", "target"));
        LocalStack.Settings settings = new LocalStack.Settings(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("app.war")), Path.of(System.getProperty("keycloak.home")),
                Path.of(System.getProperty("realm.dir")), build.resolve("acceptance-stack/run"),
                LocalStack.freePort(), LocalStack.freePort(), LocalStack.freePort(), false, true, null, null, null,
                Path.of(System.getProperty("greenmail.jar")), LocalStack.Ports.free());
        LocalStack started = new LocalStack(settings).start().supervise();
        stack = started;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .put(FullStack.class, (ExtensionContext.Store.CloseableResource) started::close);
    }

    public static LocalStack stack() {
        return stack;
    }
}
