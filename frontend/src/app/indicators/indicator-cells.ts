import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CELL_KEYS, IndicatorCellDto, IndicatorDimension } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { FigurePipe } from './figure.pipe';

/** Dimensions whose keys are codes to translate (the others are names from the data: movements, regions). */
const CODED_DIMENSIONS: ReadonlySet<IndicatorDimension> = new Set([
  IndicatorDimension.Sex,
  IndicatorDimension.AgeGroup,
]);

/** The cells of a disaggregated value as a table: a column for each dimension it is split by, then the figure. */
@Component({
  selector: 'acc-indicator-cells',
  imports: [TranslocoPipe, FigurePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="data-table cells" data-testid="indicator-cells">
      <thead>
        <tr>
          @for (column of columns(); track column.dimension) {
            <th scope="col">{{ 'indicators.dimension.' + column.dimension | transloco }}</th>
          }
          <th scope="col" class="numeric">{{ 'indicators.figure' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (cell of cells(); track $index) {
          <tr>
            @for (column of columns(); track column.dimension) {
              <td>
                @if (cell[column.key]; as key) {
                  {{ column.coded ? ('ddr.key.' + key | transloco) : key }}
                } @else {
                  {{ 'indicators.all' | transloco }}
                }
              </td>
            }
            <td class="numeric">{{ cell.value | accFigure }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .cells {
      width: auto;
      min-width: 16rem;
      margin-block: 0.5rem;
    }
  `,
})
export class IndicatorCells {
  readonly cells = input.required<IndicatorCellDto[]>();

  /** The dimensions some cell is split by, in the API's order. */
  protected readonly columns = computed(() =>
    Object.values(IndicatorDimension)
      .map((dimension) => ({ dimension, key: CELL_KEYS[dimension], coded: CODED_DIMENSIONS.has(dimension) }))
      .filter(({ key }) => this.cells().some((cell) => cell[key] !== undefined)),
  );
}
