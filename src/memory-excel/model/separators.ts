/** The decimal and digit-grouping symbols, which Excel takes from the system's regional settings. */
export interface NumberSeparators {
  readonly decimal: string;
  readonly thousands: string;
}

/** English (United States) settings: what the in-memory Excel's Range.text reports. */
export const US_SEPARATORS: NumberSeparators = { decimal: ".", thousands: "," };
/** Vietnamese settings, as on our users' Windows: 1.234,5. */
export const VIETNAMESE_SEPARATORS: NumberSeparators = { decimal: ",", thousands: "." };
