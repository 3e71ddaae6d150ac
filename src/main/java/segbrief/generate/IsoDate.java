package segbrief.generate;

/** Epoch days to yyyy-MM-dd without java.time objects (Howard Hinnant's civil-from-days), for the hot loop. */
final class IsoDate {
    private IsoDate() {}

    static void write(long epochDay, CsvSink sink) {
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) y++;
        int year = (int) y;
        sink.twoDigits(year / 100);
        sink.twoDigits(year % 100);
        sink.put((byte) '-');
        sink.twoDigits(m);
        sink.put((byte) '-');
        sink.twoDigits(d);
    }

    /** 0 = Sunday ... 6 = Saturday, the Instacart convention. */
    static int weekdayFromSunday(long epochDay) {
        return Math.floorMod(epochDay + 4, 7); // 1970-01-01 was a Thursday
    }
}
