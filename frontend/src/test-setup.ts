import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// jsdom has no ResizeObserver, which ngx-echarts requires to follow its container's size.
class ResizeObserverStub implements ResizeObserver {
  observe(): void {
    // Nothing is laid out in jsdom, so nothing ever resizes.
  }
  unobserve(): void {
    // See observe().
  }
  disconnect(): void {
    // See observe().
  }
}
globalThis.ResizeObserver ??= ResizeObserverStub;
