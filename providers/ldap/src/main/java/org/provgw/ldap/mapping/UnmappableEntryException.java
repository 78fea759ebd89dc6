package org.provgw.ldap.mapping;

import org.provgw.provider.ProviderException;

/**
 * A directory entry that cannot be turned into the configuration model: a required attribute
 * missing, a number that is not one, a reference to an entry that does not exist. The caller
 * serves what it built before, as for a directory that does not answer, until the entry is fixed.
 */
public class UnmappableEntryException extends ProviderException {
    private static final long serialVersionUID = 1L;

    /**
     * @param dn the entry
     * @param problem what is wrong with it
     */
    public UnmappableEntryException(String dn, String problem) {
        super("directory entry " + dn + ": " + problem);
    }
}
