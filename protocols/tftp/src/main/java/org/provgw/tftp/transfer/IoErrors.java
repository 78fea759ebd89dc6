package org.provgw.tftp.transfer;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/** Sorting I/O failures into the TFTP error a client is told. */
public final class IoErrors {

    private IoErrors() {
    }

    /**
     * The JDK reports ENOSPC and EDQUOT only through the message ("No space left on device",
     * "Disk quota exceeded"), so that is what is looked at.
     *
     * @param e a failed write, sync or rename
     * @return true when the file system is full or the user's quota is used up (TFTP ERROR 3)
     */
    public static boolean isDiskFull(IOException e) {
        String message = e instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getMessage();
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        return text.contains("no space left") || text.contains("quota exceeded");
    }
}
