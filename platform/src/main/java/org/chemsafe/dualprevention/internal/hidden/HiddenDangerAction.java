package org.chemsafe.dualprevention.internal.hidden;

/** What can be done to a hidden danger after it is reported, each a step of its lifecycle. */
public enum HiddenDangerAction {
    /** Confirm it as a hidden danger and grade it 一般 or 重大. */
    CONFIRM,
    /** Order its rectification: 即查即改 or 限期整改, responsible person, deadline, measures, funds. */
    ORDER,
    /** Report it rectified, with photos. */
    RECTIFY,
    /** Accept the rectification (验收). */
    ACCEPT,
    /** Refuse the rectification and send it back to be rectified again. */
    SEND_BACK,
    /** Close it (销号). */
    CLOSE
}
