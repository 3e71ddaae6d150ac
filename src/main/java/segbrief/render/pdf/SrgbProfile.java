package segbrief.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.Resource;
import net.sf.jasperreports.repo.RepositoryService;

/**
 * Serves the JDK's own sRGB profile to the PDF exporter, which reads the PDF/A output intent from a repository
 * location: no profile file in the repository and no temporary file on disk.
 */
final class SrgbProfile implements RepositoryService {
    static final String LOCATION = "segbrief:jdk-srgb.icc";
    private static final byte[] DATA = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    @Override
    public Resource getResource(String uri) {
        return getResource(uri, InputStreamResource.class);
    }

    @Override
    public void saveResource(String uri, Resource resource) {
        throw new UnsupportedOperationException("the sRGB profile is read-only");
    }

    @Override
    public <K extends Resource> K getResource(String uri, Class<K> type) {
        if (!LOCATION.equals(uri) || !type.isAssignableFrom(InputStreamResource.class)) return null;
        InputStreamResource r = new InputStreamResource();
        r.setInputStream(new ByteArrayInputStream(DATA));
        return type.cast(r);
    }
}
