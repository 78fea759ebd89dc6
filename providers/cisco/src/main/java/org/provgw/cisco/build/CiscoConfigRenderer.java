package org.provgw.cisco.build;

import java.util.Objects;
import java.util.Optional;

/**
 * Builds the configuration files of Cisco phones the way CallManager's TFTP service does, one
 * renderer per kind of {@link ConfigName}. Pure and thread-safe: records in, bytes out, nothing
 * shared between calls, so one instance serves every thread.
 *
 * <table>
 *   <caption>What each name gets</caption>
 *   <tr><th>name</th><th>built from</th><th>empty ("not found") when</th></tr>
 *   <tr><td>{@code SEP<MAC>.cnf.xml}</td><td>device, its pool, models, cluster URLs</td>
 *       <td>the device is unknown</td></tr>
 *   <tr><td>{@code SEP<MAC>.cnf}</td><td>device, its pool, cluster (Build CNF policy, URLs)</td>
 *       <td>the device is unknown or the policy does not build it</td></tr>
 *   <tr><td>{@code SIP<MAC>.cnf}</td><td>device, its pool, cluster URLs</td>
 *       <td>the device is unknown, not SIP, or not a 7940/7960</td></tr>
 *   <tr><td>{@code XMLDefault.cnf.xml}</td><td>auto-registration pool, models, cluster URLs</td>
 *       <td>auto-registration is off</td></tr>
 *   <tr><td>{@code SIPDefault.cnf}</td><td>auto-registration pool if given, cluster URLs</td>
 *       <td>never</td></tr>
 * </table>
 *
 * <p>Signed, encrypted and trust-list names ({@code .sgn}, {@code .enc.sgn}, {@code CTLSEP…tlv},
 * {@code ITLSEP…tlv}) never reach a renderer: {@link ConfigName#parse} does not recognise them.
 */
public final class CiscoConfigRenderer implements ConfigRenderer {

    private final DeviceXmlRenderer deviceXml = new DeviceXmlRenderer();
    private final LegacyCnfRenderer legacyCnf = new LegacyCnfRenderer();
    private final SipFirmwareRenderer sipFirmware = new SipFirmwareRenderer();
    private final XmlDefaultRenderer xmlDefault = new XmlDefaultRenderer();
    private final SipDefaultRenderer sipDefault = new SipDefaultRenderer();

    /** Creates a renderer; it holds no state. */
    public CiscoConfigRenderer() {
    }

    @Override
    public Optional<byte[]> render(ConfigName name, BuildInput input) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(input, "input");
        if (name instanceof ConfigName.DeviceXml x) {
            return deviceXml.render(x, input);
        }
        if (name instanceof ConfigName.DeviceCnf c) {
            return legacyCnf.render(c, input);
        }
        if (name instanceof ConfigName.SipFirmwareCnf s) {
            return sipFirmware.render(s, input);
        }
        if (name instanceof ConfigName.XmlDefault) {
            return xmlDefault.render(input);
        }
        if (name instanceof ConfigName.SipDefault) {
            return sipDefault.render(input);
        }
        throw new IllegalArgumentException("no renderer for " + name);
    }
}
