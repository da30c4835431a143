import { TestBed } from '@angular/core/testing';

/**
 * Lets answered requests reach the page: resources resolve in microtasks, then a tick renders.
 * Unlike `fixture.whenStable()`, it does not wait for requests the test has not answered yet.
 */
export async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  TestBed.tick();
}
