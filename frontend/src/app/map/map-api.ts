import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AgreementMapDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

/** A GeoJSON FeatureCollection, as ECharts registers it. */
export type BoundaryData = Parameters<typeof import('echarts/core').registerMap>[1];

@Injectable({ providedIn: 'root' })
export class MapApi {
  private readonly http = inject(HttpClient);

  get(agreementId: string, asOf?: string): Observable<AgreementMapDto> {
    return this.http.get<AgreementMapDto>(apiUrl('agreements', agreementId, 'map'), { params: queryParams({ asOf }) });
  }

  /** Boundary files ship with the app (no tile server): the map works offline. */
  boundary(name: string): Observable<BoundaryData> {
    return this.http.get<BoundaryData>(`maps/${encodeURIComponent(name)}.geojson`);
  }
}
