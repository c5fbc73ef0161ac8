package org.chemsafe.majorhazard;

import static org.chemsafe.shared.BuiltInRoles.ALL;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_MANAGERS;

import java.util.List;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The major hazard module's permissions and the built-in roles that hold them. */
@Component
public class MajorHazardPermissions implements ModulePermissions {

    public static final String MAJOR_HAZARD_READ = "major-hazard:read";
    public static final String MAJOR_HAZARD_WRITE = "major-hazard:write";

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(MAJOR_HAZARD_READ,
                        "Identify and grade major hazard sources (GB 18218-2018 calculations)", ALL),
                new Permission(MAJOR_HAZARD_WRITE,
                        "Record exposed people, re-assess units and name the accountable people of major hazard sources",
                        ENTERPRISE_MANAGERS));
    }
}
