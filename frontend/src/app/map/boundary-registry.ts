import { InjectionToken } from '@angular/core';
import type { BoundaryData } from './map-api';

/** Where boundary files are registered for drawing (ECharts' map registry in the app). */
export interface BoundaryRegistry {
  has(name: string): boolean;
  register(name: string, data: BoundaryData): void;
}

export const BOUNDARY_REGISTRY = new InjectionToken<BoundaryRegistry>('BoundaryRegistry');
