package org.chemsafe.elements;

import static org.chemsafe.shared.BuiltInRoles.ALL;
import static org.chemsafe.shared.BuiltInRoles.ENTERPRISE_MANAGERS;

import java.util.List;

import org.chemsafe.shared.ModulePermissions;
import org.chemsafe.shared.Permission;
import org.springframework.stereotype.Component;

/** The all-element module's permissions: everyone reads the people and their qualifications; managers keep them. */
@Component
public class ElementsPermissions implements ModulePermissions {

    public static final String ELEMENTS_READ = "elements:read";
    public static final String ELEMENTS_WRITE = "elements:write";

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(ELEMENTS_READ, "Read the people and their certificates and training records",
                ALL), new Permission(ELEMENTS_WRITE,
                        "Register people and record their certificates and training, with scanned copies",
                        ENTERPRISE_MANAGERS));
    }
}
