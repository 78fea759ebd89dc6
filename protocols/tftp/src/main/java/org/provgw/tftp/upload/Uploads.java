package org.provgw.tftp.upload;

/**
 * The upload side of the endpoint: checks a request's target and opens its temporary file.
 * Thread-safe; {@link #prepare} touches the disk, so it runs on a look-up thread.
 */
public final class Uploads {

    private final UploadConfig config;
    private final UploadTargets targets;

    /** @param config the validated settings */
    public Uploads(UploadConfig config) {
        this.config = config;
        this.targets = new UploadTargets(config);
    }

    /** @return the settings */
    public UploadConfig config() {
        return config;
    }

    /**
     * @param path the normalized request path, after rewriting
     * @param declaredSize the size the client announced ({@code tsize}), or -1
     * @return the open upload, to be committed or discarded
     * @throws UploadRefused with the error to answer
     */
    public PendingUpload prepare(String path, long declaredSize) throws UploadRefused {
        return PendingUpload.create(targets.resolve(path, declaredSize), config);
    }
}
