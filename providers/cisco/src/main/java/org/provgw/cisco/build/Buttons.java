package org.provgw.cisco.build;

import java.util.Comparator;
import java.util.List;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.SpeedDial;

/**
 * Where a SIP phone's lines and speed dials go. Lines keep their button; speed dials follow the
 * last line button in index order (speed dial 1 on the button after the last line), as
 * CallManager fills the buttons a phone template leaves after its lines. Both the XML and the
 * SIP-firmware text files use this layout.
 */
final class Buttons {

    private Buttons() {
    }

    /** @return the device's lines by button */
    static List<SipLine> lines(Device device) {
        return device.lines().stream().sorted(Comparator.comparingInt(SipLine::button)).toList();
    }

    /** @return the device's speed dials by index */
    static List<SpeedDial> speedDials(Device device) {
        return device.speedDials().stream().sorted(Comparator.comparingInt(SpeedDial::index)).toList();
    }

    /** @return the button of a speed dial of this device */
    static int buttonOf(Device device, SpeedDial speedDial) {
        int lastLine = device.lines().stream().mapToInt(SipLine::button).max().orElse(0);
        return lastLine + speedDial.index();
    }
}
