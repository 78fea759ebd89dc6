package org.provgw.cisco.model;

import java.util.Objects;

/**
 * A speed-dial button.
 *
 * @param index the position, from 1
 * @param number what is dialled
 * @param label what the button shows
 */
public record SpeedDial(int index, String number, String label) {

    /** @throws IllegalArgumentException if the index is not positive */
    public SpeedDial {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(label, "label");
        if (index < 1) {
            throw new IllegalArgumentException("speed-dial index must be at least 1: " + index);
        }
    }
}
