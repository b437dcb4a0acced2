import "@testing-library/jest-dom";

// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to pick its layout.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
