package cn.tuoyu.notifications.entity;

/** The outside channels a notification may go through; the inbox is the notification itself. */
public enum ChannelKind {
    EMAIL, SMS
}
