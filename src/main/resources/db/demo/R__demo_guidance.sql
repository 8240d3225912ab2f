-- Demo parent classes (fictional topics and venues) in 海门区 in the coming weeks, for the run command
-- (APP_DEMO_DATA=true). Idempotent: fixed ids; when run again after they are past and unbooked, they move to the
-- coming weeks again. Each class is "in N days, from .. to .." (China time); booking closes at 18:00 the day before.
INSERT INTO parent_classes (id, district_code, topic, venue, starts_at, ends_at, booking_cutoff, capacity,
                            age_from_months, age_to_months, published_by, published_at)
SELECT c.id, '320614', c.topic, c.venue,
       (d.today + c.in_days + c.starts) AT TIME ZONE 'Asia/Shanghai',
       (d.today + c.in_days + c.ends) AT TIME ZONE 'Asia/Shanghai',
       (d.today + c.in_days - interval '6 hours') AT TIME ZONE 'Asia/Shanghai',
       c.capacity, 0, c.age_to_months, 'demo', now()
FROM (VALUES
    ('00000000-0000-4000-8000-0000000c1a01'::uuid, '婴儿辅食添加入门（演示）', '海门区示例社区卫生服务中心三楼课堂（演示）',
     interval '7 days', interval '9 hours 30 minutes', interval '11 hours', 20, 12),
    ('00000000-0000-4000-8000-0000000c1a02'::uuid, '宝宝睡眠与安全防护（演示）', '海门区示例妇女儿童之家（演示）',
     interval '14 days', interval '14 hours 30 minutes', interval '16 hours', 15, 12),
    ('00000000-0000-4000-8000-0000000c1a03'::uuid, '亲子游戏与早期语言发展（演示）', '示例小海豚托育园多功能厅（演示）',
     interval '21 days', interval '10 hours', interval '11 hours 30 minutes', 2, 36)
) AS c (id, topic, venue, in_days, starts, ends, capacity, age_to_months)
CROSS JOIN (SELECT date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AS today) d
ON CONFLICT (id) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
    booking_cutoff = EXCLUDED.booking_cutoff
    WHERE parent_classes.seats_taken = 0 AND parent_classes.starts_at < now();
