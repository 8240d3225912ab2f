package cn.tuoyu.facilities.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FacilityNoticesTest {

    @Test
    void shortReasonsAreToldWholeOnOneLine() {
        assertEquals("缺少 营业执照", FacilityNotices.gist("  缺少\n营业执照 "));
    }

    @Test
    void longReasonsAreCutToTheGistWithAnEllipsis() {
        String reasons = "营业执照扫描件模糊无法辨认，请重新上传清晰的扫描件，并补充场地使用证明材料";
        String gist = FacilityNotices.gist(reasons);
        assertEquals(FacilityNotices.GIST, gist.length());
        assertEquals(reasons.substring(0, FacilityNotices.GIST - 1) + "…", gist);
    }
}
