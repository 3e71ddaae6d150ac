package segbrief.render.pdf;

/** A report could not be filled or exported; wraps the JasperReports or PDFBox cause once, at this adapter. */
public final class PdfRenderException extends RuntimeException {
    public PdfRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
