package org.chemsafe.enterprise;

/** Whether the enterprise operates (正常), has stopped production (停产) or is closed (关闭). */
public enum EnterpriseStatus {
    OPERATING,
    SUSPENDED,
    CLOSED
}
