import { dateToSerial } from "../../src/xlsx/cellValue";

describe("dateToSerial: a date as Excel stores it", () => {
  it("turns a date into its Excel serial number", () => {
    expect(dateToSerial(new Date(Date.UTC(2021, 5, 30)))).toBe(44377);
    expect(dateToSerial(new Date(Date.UTC(2021, 5, 30, 12)))).toBe(44377.5);
  });

  it("counts from 1904 in the 1904 date system", () => {
    expect(dateToSerial(new Date(Date.UTC(1904, 0, 1)), true)).toBe(0);
    expect(dateToSerial(new Date(Date.UTC(2021, 5, 30)), true)).toBe(44377 - 1462);
  });

  it("maps an invalid date to null", () => {
    expect(dateToSerial(new Date(Number.NaN))).toBeNull();
  });
});
