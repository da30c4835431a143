import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { IndicatorDto } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { registeredIndicator } from '../../testing/indicator-fixtures';
import { settle } from '../../testing/settle';
import { IndicatorListPage } from './indicator-list-page';

const indicators: IndicatorDto[] = [
  registeredIndicator,
  {
    ...registeredIndicator,
    id: 'i2',
    code: 'ddr.integrated',
    name: 'Ex-combatants integrated',
    ddrStage: null,
    target: null,
    current: null,
    progress: null,
  },
];

describe('IndicatorListPage', () => {
  let fixture: ComponentFixture<IndicatorListPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    backend = configureApiTesting();
    fixture = TestBed.createComponent(IndicatorListPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    await settle();
    backend.expectOne('/api/agreements/a1/indicators').flush(indicators);
    await settle();
  });

  const row = (code: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="indicator-${code}"]`);

  afterEach(() => backend.verify());

  it('lists each indicator with its stage, unit, target and latest approved value, linked to its page', () => {
    const registered = row('ddr.registered');
    expect(registered?.textContent?.replace(/\s+/g, ' ')).toContain('Registered');
    expect(registered?.textContent).toContain('1,000');
    expect(registered?.textContent).toContain('800');
    expect(registered?.querySelector('a')?.getAttribute('href')).toBe('/i1');
    const integrated = row('ddr.integrated');
    expect(integrated?.textContent).toContain('Ex-combatants integrated');
    expect(integrated?.textContent).not.toContain('800');
  });
});
