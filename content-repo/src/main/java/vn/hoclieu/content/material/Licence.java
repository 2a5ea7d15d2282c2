package vn.hoclieu.content.material;

/** Under which terms others may use a material. */
public enum Licence {
    CC_BY,
    CC_BY_SA,
    CC_BY_NC,
    CC_BY_NC_SA,
    CC0,
    /** All rights reserved, shared with the holder's permission. */
    ALL_RIGHTS_RESERVED
}
