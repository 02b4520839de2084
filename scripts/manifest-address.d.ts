/** Types for manifest-address.js, which webpack.config.js (plain JavaScript) uses at build time. */
export declare const DEV_ADDRESS: string;
export declare function normalisePublicAddress(address: string): string;
export declare function withPublicAddress(manifestXml: string, publicAddress: string): string;
