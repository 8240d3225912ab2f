package cn.tuoyu.vouchers.boundary;

import java.util.List;

/** The districts whose new voucher batches the resident is told of (empty: none). */
public record WatchView(List<String> districts) {
}
