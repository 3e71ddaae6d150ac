package segbrief.render.pdf;

import java.util.Locale;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Places pages designed for 595 x 792 pt (A4's width, Letter's height) centred on the sheet the brief asks for,
 * so one template serves both paper sizes.
 */
final class PageFit {
    private PageFit() {}

    static void place(JasperPrint print, String pageSize) {
        boolean letter = pageSize != null && pageSize.trim().toUpperCase(Locale.ROOT).equals("LETTER");
        int width = letter ? 612 : 595;
        int height = letter ? 792 : 842;
        int dx = (width - print.getPageWidth()) / 2;
        int dy = (height - print.getPageHeight()) / 2;
        print.setPageWidth(width);
        print.setPageHeight(height);
        if (dx == 0 && dy == 0) return;
        for (JRPrintPage page : print.getPages()) {
            for (JRPrintElement e : page.getElements()) {
                e.setX(e.getX() + dx);
                e.setY(e.getY() + dy);
            }
        }
    }
}
