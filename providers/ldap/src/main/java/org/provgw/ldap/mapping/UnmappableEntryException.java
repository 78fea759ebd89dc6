package org.provgw.ldap.mapping;

import org.provgw.cisco.source.BadRecordException;

/**
 * A directory entry that cannot be turned into the configuration model: a required attribute
 * missing, a number that is not one, a reference to an entry that does not exist. Only the files
 * built from it are unavailable (the phone is told to retry) until the entry is fixed; the
 * directory is not taken for down.
 */
public class UnmappableEntryException extends BadRecordException {
    private static final long serialVersionUID = 1L;

    /**
     * @param dn the entry
     * @param problem what is wrong with it
     */
    public UnmappableEntryException(String dn, String problem) {
        super("directory entry " + dn, problem);
    }
}
