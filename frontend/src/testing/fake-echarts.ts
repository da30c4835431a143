import { provideEchartsCore } from 'ngx-echarts';

/** jsdom has no canvas: charts get an ECharts stand-in that records the options it is given. */
export function provideFakeEcharts(setOption: jest.Mock = jest.fn()) {
  const chart = { setOption, resize: jest.fn(), dispose: jest.fn(), isDisposed: () => false };
  return provideEchartsCore({ echarts: { init: () => chart } });
}
