/**
 * For component tests (files with the jsdom docblock): DOM matchers, and the browser APIs Fluent UI uses that
 * jsdom lacks. Node-environment tests skip all of it.
 */
/// <reference types="@testing-library/jest-dom" />

if (typeof window !== "undefined") {
  require("@testing-library/jest-dom");
  // Browsers have it; jest's jsdom environment does not expose Node's.
  globalThis.TextEncoder ??= (require("util") as typeof import("util")).TextEncoder;

  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  window.ResizeObserver ??= NoResizeObserver;

  window.matchMedia ??= (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
