package cn.tuoyu.platform.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one clock the platform reads "now" from: the system's, in China time. Control beans inject {@link Clock}. */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
