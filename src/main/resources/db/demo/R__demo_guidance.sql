-- Demo parent classes (fictional topics and venues) in 海门区 in the coming weeks, for the run command
-- (APP_DEMO_DATA=true). Idempotent: fixed ids; when run again after they are past and unbooked, they move to the
-- coming weeks again.
INSERT INTO parent_classes (id, district_code, topic, venue, starts_at, ends_at, booking_cutoff, capacity,
                            age_from_months, age_to_months, published_by, published_at)
VALUES
    ('00000000-0000-4000-8000-0000000c1a01', '320614', '婴儿辅食添加入门（演示）', '海门区示例社区卫生服务中心三楼课堂（演示）',
     (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '7 days' + interval '9 hours 30 minutes')
         AT TIME ZONE 'Asia/Shanghai',
     (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '7 days' + interval '11 hours')
         AT TIME ZONE 'Asia/Shanghai',
     (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '6 days' + interval '18 hours')
         AT TIME ZONE 'Asia/Shanghai',
     20, 0, 12, 'demo', now()),
    ('00000000-0000-4000-8000-0000000c1a02', '320614', '宝宝睡眠与安全防护（演示）', '海门区示例妇女儿童之家（演示）',
     (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '14 days' + interval '14 hours 30 minutes')
         AT TIME ZONE 'Asia/Shanghai',
     (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '14 days' + interval '16 hours')
         AT TIME ZONE 'Asia/Shanghai',
     (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '13 days' + interval '18 hours')
         AT TIME ZONE 'Asia/Shanghai',
     15, 0, 12, 'demo', now()),
    ('00000000-0000-4000-8000-0000000c1a03', '320614', '亲子游戏与早期语言发展（演示）', '示例小海豚托育园多功能厅（演示）',
     (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '21 days' + interval '10 hours')
         AT TIME ZONE 'Asia/Shanghai',
     (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '21 days' + interval '11 hours 30 minutes')
         AT TIME ZONE 'Asia/Shanghai',
     (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') + interval '20 days' + interval '18 hours')
         AT TIME ZONE 'Asia/Shanghai',
     2, 0, 36, 'demo', now())
ON CONFLICT (id) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
    booking_cutoff = EXCLUDED.booking_cutoff
    WHERE parent_classes.seats_taken = 0 AND parent_classes.starts_at < now();
