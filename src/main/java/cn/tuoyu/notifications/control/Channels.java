package cn.tuoyu.notifications.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import cn.tuoyu.notifications.entity.ChannelKind;

/** The outside channels this deployment has, found by kind. */
@ApplicationScoped
public class Channels {

    @Inject
    Instance<Channel> all;

    public Optional<Channel> of(ChannelKind kind) {
        return all.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public boolean enabled(ChannelKind kind) {
        return of(kind).map(Channel::enabled).orElse(false);
    }
}
