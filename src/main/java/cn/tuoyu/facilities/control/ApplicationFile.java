package cn.tuoyu.facilities.control;

import java.util.List;
import java.util.Set;

import cn.tuoyu.facilities.entity.ApplicationAction;
import cn.tuoyu.facilities.entity.FacilityDetails;
import cn.tuoyu.facilities.entity.FilingApplication;

/**
 * An application with its materials, for a change the proposed record, and what the caller may do to it now (its
 * status's actions that the caller's role takes).
 */
public record ApplicationFile(FilingApplication application, FacilityDetails proposed, List<MaterialInfo> materials,
        Set<ApplicationAction> actions) {
}
