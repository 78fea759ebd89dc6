package org.provgw.ldap.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.PhoneModel;
import org.provgw.ldap.connect.Directory;
import org.provgw.provider.ProviderException;

/** Reads phone model entries: the model's name, CallManager device type and default load. */
public final class ModelReader {

    private static final Filter MODELS =
            Filter.createEqualityFilter(SchemaNames.OBJECT_CLASS, SchemaNames.MODEL_CLASS);

    private final Directory directory;
    private final DN modelBase;

    /**
     * @param directory the directory
     * @param modelBase where model entries are
     */
    public ModelReader(Directory directory, DN modelBase) {
        this.directory = directory;
        this.modelBase = modelBase;
    }

    /**
     * @return every model with its default load, by device type code then name
     * @throws ProviderException if the directory cannot answer or an entry cannot be mapped
     */
    public List<ModelDefault> all() throws ProviderException {
        List<ModelDefault> models = new ArrayList<>();
        for (SearchResultEntry entry : directory.search(modelBase, SearchScope.SUB, MODELS)) {
            models.add(map(new EntryValues(entry)));
        }
        models.sort(Comparator.comparingInt((ModelDefault m) -> m.model().typeCode())
                .thenComparing(m -> m.model().name()));
        return List.copyOf(models);
    }

    /**
     * @param name a model name, e.g. {@code Cisco 7942}
     * @return the model, or empty if no entry has that name
     * @throws ProviderException if the directory cannot answer or the entry cannot be mapped
     */
    public Optional<PhoneModel> model(String name) throws ProviderException {
        Filter filter = Filter.createANDFilter(MODELS, Filter.createEqualityFilter(SchemaNames.CN, name));
        List<SearchResultEntry> found = directory.search(modelBase, SearchScope.SUB, filter);
        if (found.size() > 1) {
            throw new UnmappableEntryException(found.get(1).getDN(), "a second phone model named " + name);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(map(new EntryValues(found.get(0))).model());
    }

    private static ModelDefault map(EntryValues entry) throws UnmappableEntryException {
        PhoneModel model = new PhoneModel(entry.required(SchemaNames.CN),
                entry.integer(SchemaNames.DEVICE_TYPE, 0, 1, Integer.MAX_VALUE));
        return new ModelDefault(model, entry.textOrEmpty(SchemaNames.LOAD));
    }
}
