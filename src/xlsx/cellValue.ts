/** Dates as Excel stores them: serial days, in the 1900 or the 1904 date system. */
const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch (serial 0 = 1899-12-30, leap-year bug included) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** The 1904 date system (old Mac workbooks) counts from 1904-01-01: 1462 days later. */
const DATE_1904_OFFSET = 1_462;

/**
 * A date as Excel stores it: serial days, as Office.js gives it (a cell of type `d` holds an ISO date
 * instead). Rounded to the millisecond so that 44197.5 stays 44197.5 and not 44197.500000000007.
 */
export function dateToSerial(date: Date, date1904 = false): number | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const days = UNIX_EPOCH_SERIAL + time / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
  return Math.round(days * MS_PER_DAY) / MS_PER_DAY;
}
