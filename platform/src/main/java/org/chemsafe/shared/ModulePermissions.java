package org.chemsafe.shared;

import java.util.List;

/** Each module that guards endpoints contributes one bean listing its permissions; see {@link Permission}. */
public interface ModulePermissions {

    List<Permission> permissions();
}
