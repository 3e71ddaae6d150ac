package segbrief.render.html;

/**
 * One chart drawn as PNG for the HTML: {@code name} is its file name without extension, {@code cid} its
 * Content-ID in the email, width and height its CSS size (the PNG holds twice as many pixels).
 */
record ChartImage(String name, String cid, byte[] png, int width, int height, String alt) {
    String fileName() { return name + ".png"; }
}
