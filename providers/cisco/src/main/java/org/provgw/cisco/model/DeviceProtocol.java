package org.provgw.cisco.model;

/** The call-control protocol a phone runs; decides which configuration elements it gets. */
public enum DeviceProtocol {
    SCCP,
    SIP
}
