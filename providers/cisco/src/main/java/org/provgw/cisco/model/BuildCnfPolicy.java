package org.provgw.cisco.model;

/**
 * CallManager's "Build CNF Files" service parameter: which devices get a legacy {@code SEP<MAC>.cnf}
 * besides their {@code SEP<MAC>.cnf.xml}. The 3.x parameter {@code BuildCNFFlag=true} is
 * {@link #ALL}, {@code false} is {@link #NONE}.
 */
public enum BuildCnfPolicy {
    /** Every device gets both files. */
    ALL,
    /** Only the XML file: the fastest build. */
    NONE,
    /** The XML file for all, the legacy file only for the models that cannot read XML (the default). */
    SELECTIVE
}
