/** Addresses as Excel reports them, for selections and merged areas alike. */
import { areaOfAddress } from "../../src/office/area-address";

describe("an address Excel reports", () => {
  it.each([
    ["Sheet1!B2", { top: 2, left: 2, bottom: 2, right: 2 }],
    ["'Phụ lục'!$B$2:$D$4", { top: 2, left: 2, bottom: 4, right: 4 }],
    ["Sheet1!B:D", { top: 1, left: 2, bottom: 1_048_576, right: 4 }],
    ["Sheet1!3:5", { top: 3, left: 1, bottom: 5, right: 16_384 }],
    ["Sheet1!1:1048576", { top: 1, left: 1, bottom: 1_048_576, right: 16_384 }],
  ])("%p is the area %p", (address, area) => {
    expect(areaOfAddress(address)).toEqual(area);
  });

  it.each(["Sheet1!B2:5", "Sheet1!", "Sheet1!B2,C3"])("%p is refused", (address) => {
    expect(() => areaOfAddress(address)).toThrow(/Not an address/);
  });
});
