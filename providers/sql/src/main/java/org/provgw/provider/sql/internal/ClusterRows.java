package org.provgw.provider.sql.internal;

import java.sql.SQLException;
import org.provgw.cisco.model.BuildCnfPolicies;
import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.PhoneModel;

/** Maps the rows of {@code query.cluster} and {@code query.models}. */
final class ClusterRows {

    private ClusterRows() {
    }

    static ClusterSettings cluster(Row row) throws SQLException {
        return new ClusterSettings(DeviceRows.urls(row), buildCnf(row.text("build_cnf", "selective")),
                row.bool("auto_registration", false), row.text("auto_registration_pool", ""));
    }

    static ModelDefault model(Row row) throws SQLException {
        return new ModelDefault(new PhoneModel(row.text("name"), row.integer("type_code")),
                row.text("default_load", ""));
    }

    private static BuildCnfPolicy buildCnf(String value) {
        return BuildCnfPolicies.parse(value).orElseThrow(() -> new BadValueException("build_cnf = '" + value
                + "': expected all, none or selective (or Build All/None/Selective, true/false)"));
    }
}
