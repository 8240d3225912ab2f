package cn.tuoyu.notifications.boundary;

/** How many of the caller's notices are unread. */
public record UnreadView(long unread) {
}
