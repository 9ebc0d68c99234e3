import '@testing-library/jest-dom';

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

// jsdom lacks the browser APIs Mantine relies on for responsive styles and popovers.
function stubBrowserApis() {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  window.HTMLElement.prototype.scrollIntoView = () => {};
  Object.defineProperty(window, 'getComputedStyle', { value: window.getComputedStyle, writable: true });
}

// A test that runs in node (`@jest-environment node`, e.g. the request proxy) has no window to stub.
if (typeof window !== 'undefined') stubBrowserApis();
