package segbrief.brief;

/** How a number is read: money in the brief's currency, a count of things, a plain number, or a share 0..1. */
public enum ValueKind { MONEY, COUNT, NUMBER, SHARE }
