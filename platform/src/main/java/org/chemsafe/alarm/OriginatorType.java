package org.chemsafe.alarm;

/** What kind of object an alarm is about; its id is the object's id in the module that owns it. */
public enum OriginatorType {
    POINT, TAG, CAMERA, ZONE, PERMIT, TASK, HIDDEN_DANGER, UNIT, ENTERPRISE
}
