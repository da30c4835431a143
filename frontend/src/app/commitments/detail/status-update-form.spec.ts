import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MilestoneDto } from '@accord/shared';
import { maliAgreement } from '../../../testing/fixtures';
import { translocoTesting } from '../../../testing/i18n';
import { settle } from '../../../testing/settle';
import { StatusUpdateForm } from './status-update-form';

const milestone: MilestoneDto = {
  id: 'm1',
  asOf: '2026-11-27',
  commitmentId: 'c1',
  title: 'Combatant lists handed over',
  description: null,
  dueDate: null,
  position: 1,
  version: 3,
  level: null,
  pamScore: null,
  operationalStatus: null,
  overdue: false,
  history: [],
};

describe('StatusUpdateForm', () => {
  let fixture: ComponentFixture<StatusUpdateForm>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(StatusUpdateForm);
    fixture.componentRef.setInput('milestone', milestone);
    fixture.componentRef.setInput('levels', maliAgreement.scale.levels);
    fixture.componentRef.setInput('today', '2026-11-27');
    await settle();
  });

  function dateInput(): HTMLInputElement {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('[data-testid="update-date"]');
    if (!input) throw new Error('No update-date input');
    return input;
  }

  function dateFieldText(): string {
    return dateInput().closest('mat-form-field')?.textContent ?? '';
  }

  it("starts on the agreement's today, which is also the latest date allowed", () => {
    expect(dateInput().value).toBe('2026-11-27');
    expect(dateInput().getAttribute('max')).toBe('2026-11-27');
  });

  it('checks the date typed earlier again once the signature date arrives', async () => {
    dateInput().value = '2015-05-14';
    dateInput().dispatchEvent(new Event('input'));
    dateInput().dispatchEvent(new Event('blur'));
    await settle();
    expect(dateFieldText()).not.toContain('before the agreement was signed');

    fixture.componentRef.setInput('earliestDate', maliAgreement.signedOn);
    await settle();

    expect(dateFieldText()).toContain('The date cannot be before the agreement was signed.');
  });
});
