package cn.tuoyu.notifications.entity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a notice is about, with its title and text in Chinese and English. Placeholders in braces are filled from the
 * notice's parameters: {@code child} (the masked name, 王*明), {@code class}, {@code at} and {@code deadline} (China
 * time), {@code facility}, {@code batch}, {@code reasons} (the gist of a decision's), {@code hours} and
 * {@code overstay} (hourly care), {@code code} (a pick-up code, only ever in an SMS to the person named),
 * {@code position} (a place in a lottery's public order, never an id). A title never
 * holds a placeholder, so an e-mail subject never names a child. The SMS template code a provider approved for the kind
 * defaults to {@link #smsTemplate()}.
 */
public enum NoticeKind {

    // one constant a block: the Chinese title and text, then the English; new kinds go at the end
    // @formatter:off
    BOOKING_CONFIRMED(
            "课程预约成功",
            "已为{child}预约「{class}」，上课时间 {at}。",
            "Class booked",
            "{child} is booked for “{class}” at {at}."),

    BOOKING_CANCELLED(
            "课程预约已取消",
            "{child}的「{class}」（{at}）预约已取消。",
            "Booking cancelled",
            "The booking of {child} for “{class}” ({at}) is cancelled."),

    CLASS_REMINDER(
            "明天有课",
            "提醒：{child}明天 {at} 参加「{class}」。",
            "Class tomorrow",
            "Reminder: {child} has “{class}” tomorrow at {at}."),

    WAITLIST_OFFER(
            "候补名额待确认",
            "「{class}」（{at}）为{child}空出一个名额，请在 {deadline} 前确认，逾期将让给下一位。",
            "A seat is waiting for you",
            "A seat in “{class}” ({at}) is held for {child} until {deadline}: accept it before then or it passes on."),

    WAITLIST_OFFER_EXPIRED(
            "候补名额已过期",
            "{child}的「{class}」候补名额未在期限内确认，已让给下一位。",
            "Seat offer expired",
            "The seat in “{class}” held for {child} was not accepted in time and passed on."),

    VISIT_ASSIGNED(
            "入户指导已安排人员",
            "{child}的入户指导已安排工作人员，稍后将与您约定时间。",
            "Home visit assigned",
            "A staff member is assigned to the home visit for {child} and will agree a time."),

    VISIT_SCHEDULED(
            "入户指导时间已确定",
            "{child}的入户指导定于 {at}。",
            "Home visit scheduled",
            "The home visit for {child} is scheduled for {at}."),

    VISIT_RESCHEDULED(
            "入户指导时间已变更",
            "{child}的入户指导改到 {at}。",
            "Home visit moved",
            "The home visit for {child} is moved to {at}."),

    VISIT_REMINDER(
            "明天入户指导",
            "提醒：{child}的入户指导在明天 {at}。",
            "Home visit tomorrow",
            "Reminder: the home visit for {child} is tomorrow at {at}."),

    VISIT_OUTCOME(
            "入户指导已记录",
            "{child}的入户指导结果已记录，可在应用中查看。",
            "Home visit recorded",
            "The outcome of the home visit for {child} is recorded: see it in the app."),

    VOUCHER_CLAIMED(
            "体验券领取成功",
            "已为{child}领取「{batch}」托育服务体验券。",
            "Voucher claimed",
            "A childcare voucher of “{batch}” is claimed for {child}."),

    VOUCHER_EXPIRING(
            "体验券即将到期",
            "{child}的「{batch}」体验券将于 {deadline} 到期，请尽快使用。",
            "Voucher expiring soon",
            "The “{batch}” voucher for {child} expires at {deadline}: use it before then."),

    VOUCHER_REDEEMED(
            "体验券已使用",
            "{child}的「{batch}」体验券已在{facility}使用。",
            "Voucher used",
            "The “{batch}” voucher for {child} was used at {facility}."),

    VOUCHER_VOIDED(
            "体验券核销已撤销",
            "{facility}撤销了{child}的「{batch}」体验券核销，券可再次使用。",
            "Voucher use voided",
            "{facility} voided the use of the “{batch}” voucher for {child}: it can be used again."),

    FILING_SUBMITTED(
            "备案申请已提交",
            "{facility}的备案申请已提交，等待卫生健康部门审核。",
            "Filing submitted",
            "The filing of {facility} is submitted and awaits review."),

    FILING_DECIDED(
            "备案审核有结果",
            "{facility}的备案申请已审核，请在应用中查看结果。{reasons}",
            "Filing decided",
            "The filing of {facility} is decided: see the decision in the app. {reasons}"),

    BATCH_OPENING(
            "体验券开始领取",
            "「{batch}」托育服务体验券将于 {at} 开放领取。",
            "Vouchers open",
            "Childcare vouchers of “{batch}” open for claiming at {at}."),

    CARE_BOOKED(
            "计时托已预约",
            "已为{child}预约{facility}的计时托，时间 {at}。",
            "Hourly care booked",
            "Hourly care for {child} at {facility} is booked for {at}."),

    CARE_CANCELLED(
            "计时托预约已取消",
            "{child}在{facility}的计时托（{at}）已取消。",
            "Hourly care cancelled",
            "Hourly care for {child} at {facility} ({at}) is cancelled."),

    CARE_REMINDER(
            "明天有计时托",
            "提醒：{child}明天 {at} 在{facility}参加计时托。",
            "Hourly care tomorrow",
            "Reminder: {child} has hourly care at {facility} tomorrow at {at}."),

    CARE_CHECKED_IN(
            "孩子已入托",
            "{child}已于 {at} 在{facility}入托。",
            "Checked in",
            "{child} was checked in at {facility} at {at}."),

    CARE_CHECKED_OUT(
            "孩子已接走",
            "{child}已于 {at} 从{facility}接走，计 {hours} 小时。",
            "Checked out",
            "{child} was picked up from {facility} at {at}: {hours} hours counted."),

    CARE_CHECKED_OUT_OVERSTAY(
            "孩子已接走（超时）",
            "{child}已于 {at} 从{facility}接走，计 {hours} 小时，其中超出体验券 {overstay} 小时（费用由机构另行收取）。",
            "Checked out (overstay)",
            "{child} was picked up from {facility} at {at}: {hours} hours counted, {overstay} of them beyond the voucher "
                    + "(charged by the facility)."),

    CARE_CLOSED_UNCOLLECTED(
            "计时托未按时接走",
            "{child}在{facility}的计时托到闭园时间仍未接走，已按闭园时间结束并提交复核，请立即联系机构。",
            "Not picked up by closing time",
            "{child} was not picked up from {facility} by closing time: the session was closed at closing time and "
                    + "flagged for review. Contact the facility now."),

    CARE_NO_SHOW(
            "计时托未到",
            "{child}未参加{facility}的计时托（{at}），已按本区规则记为未到。",
            "Hourly care missed",
            "{child} did not come to hourly care at {facility} ({at}): it is recorded as a no-show under the "
                    + "district's rule."),

    CARE_PICKUP_CODE(
            "计时托接送码",
            "您受托接{child}离开{facility}，接送码 {code}，请在接孩子时出示，仅限一次。",
            "Pick-up code",
            "You are named to pick up {child} from {facility}. Your one-time pick-up code: {code}."),

    LOTTERY_WON(
            "体验券抽签中签",
            "{child}在「{batch}」抽签中签，请在 {deadline} 前领取体验券，逾期名额将依次让给下一位。",
            "Drawn in the voucher lottery",
            "{child} was drawn for “{batch}”: claim the voucher before {deadline}, or the place passes down the order."),

    LOTTERY_NOT_DRAWN(
            "体验券抽签未中签",
            "{child}在「{batch}」抽签中排在第 {position} 位，暂未中签；有名额让出时会依次通知。可在公开抽签结果中核对。",
            "Not drawn in the voucher lottery",
            "{child} is number {position} in the order of “{batch}” and was not drawn; if a place passes down to you, "
                    + "you will be told. The draw can be checked on its public page."),

    LOTTERY_OFFER_PASSED(
            "体验券名额已轮到您",
            "「{batch}」有名额让出，已轮到{child}，请在 {deadline} 前领取体验券。",
            "A voucher place passed to you",
            "A place in “{batch}” passed down to {child}: claim the voucher before {deadline}.");
    // @formatter:on

    /** The parameters a template may use; nothing else is ever sent. */
    public static final java.util.Set<String> PARAMETERS = java.util.Set.of("child", "class", "at", "deadline",
            "facility", "batch", "reasons", "hours", "overstay", "code", "position");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");

    private final String zhTitle;
    private final String zhBody;
    private final String enTitle;
    private final String enBody;

    NoticeKind(String zhTitle, String zhBody, String enTitle, String enBody) {
        this.zhTitle = zhTitle;
        this.zhBody = zhBody;
        this.enTitle = enTitle;
        this.enBody = enBody;
    }

    /** The title in the language ({@code en}, else Chinese). */
    public String title(String locale) {
        return english(locale) ? enTitle : zhTitle;
    }

    /** The text in the language ({@code en}, else Chinese), its placeholders filled (a missing value leaves none). */
    public String body(String locale, Map<String, String> params) {
        Matcher m = PLACEHOLDER.matcher(english(locale) ? enBody : zhBody);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(params.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(out).toString();
    }

    /** The parameters the SMS template of this kind uses (those its Chinese text names), in that text's order. */
    public java.util.List<String> smsParameters() {
        return PLACEHOLDER.matcher(zhBody).results().map(r -> r.group(1)).distinct().toList();
    }

    /** The default SMS template code, e.g. {@code SMS_TUOYU_WAITLIST_OFFER}; a deployment maps it to its own. */
    public String smsTemplate() {
        return "SMS_TUOYU_" + name();
    }

    /**
     * Refuses parameters a notice must never carry: a name no template knows, or a value that looks like an 18-character
     * resident identity number.
     */
    public static void checkParameters(Map<String, String> params) {
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (!PARAMETERS.contains(p.getKey())) {
                throw new IllegalArgumentException("unknown notice parameter " + p.getKey());
            }
            if (p.getValue() == null || RESIDENT_ID.matcher(p.getValue()).find()) {
                throw new IllegalArgumentException("notice parameter " + p.getKey()
                        + " is missing or looks like an identity number");
            }
        }
    }

    private static boolean english(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en");
    }
}
