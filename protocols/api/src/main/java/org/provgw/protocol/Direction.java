package org.provgw.protocol;

/**
 * Which way a request moves a file, as name-rewriting rules and limits see it (tftpd-hpa's map
 * file has rules that apply only to reads, {@code G}, or only to writes, {@code P}).
 */
public enum Direction {
    /** The client fetches a file: TFTP RRQ, HTTP GET and HEAD. */
    READ,
    /** The client sends a file: TFTP WRQ. */
    WRITE
}
