package org.provgw.tftp.upload;

/** What an upload does when a file of its name already exists ({@code tftp.upload.overwrite}). */
public enum OverwritePolicy {
    /** Refuse the upload with ERROR 6 "file already exists". */
    REFUSE,
    /**
     * Replace the file, atomically once the upload is complete (tftpd-hpa's behaviour); without
     * {@code tftp.upload.permissive} only a world-writable file may be replaced.
     */
    OVERWRITE,
    /** Keep the existing file and store the upload as {@code name.1}, {@code name.2}, … */
    KEEP_BOTH
}
