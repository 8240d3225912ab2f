package cn.tuoyu.facilities.control;

import java.util.List;

import cn.tuoyu.facilities.entity.FacilityDetails;
import cn.tuoyu.facilities.entity.FilingApplication;

/** An application with its materials and, for a change, the proposed record. */
public record ApplicationFile(FilingApplication application, FacilityDetails proposed, List<MaterialInfo> materials) {
}
