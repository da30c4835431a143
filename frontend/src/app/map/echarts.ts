import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { BoundaryRegistry } from './boundary-registry';

// Only the parts the map draws, so its lazy chunk stays small.
echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export const echartsBoundaries: BoundaryRegistry = {
  has: (name) => echarts.getMap(name) !== undefined,
  register: (name, data) => echarts.registerMap(name, data),
};

export { echarts };
