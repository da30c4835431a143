import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet } from '@angular/router';
import { AgreementSummaryDto } from '@accord/shared';
import { translocoTesting } from '../../../testing/i18n';
import { settle } from '../../../testing/settle';
import { CurrentAgreement } from './current-agreement';
import { Shell } from './shell';

@Component({ selector: 'acc-test-agreement-page', template: 'agreement page' })
class AgreementPage {}

/** Stands for the commitment page, which names its agreement once the commitment has loaded. */
@Component({ selector: 'acc-test-commitment-page', template: 'commitment page' })
class CommitmentOfSecondAgreement {
  constructor() {
    inject(CurrentAgreement).set('a2');
  }
}

@Component({ selector: 'acc-test-host', imports: [RouterOutlet], template: '<router-outlet />' })
class Host {}

const summary = (id: string, shortTitle: string): AgreementSummaryDto => ({
  id,
  slug: id,
  title: shortTitle,
  shortTitle,
  country: 'Mali',
  signedOn: '2015-05-15',
  commitmentCount: 1,
});

describe('Shell', () => {
  it('shows the agreement of a commitment opened from a link, and the agreement of the URL elsewhere', async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([
          {
            path: '',
            component: Shell,
            children: [
              { path: 'agreements/:agreementId/dashboard', component: AgreementPage },
              { path: 'commitments/:commitmentId', component: CommitmentOfSecondAgreement },
            ],
          },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    const fixture = TestBed.createComponent(Host);
    const switcher = () =>
      (fixture.nativeElement as HTMLElement).querySelector('.agreement-switcher')?.textContent?.trim();

    await router.navigateByUrl('/commitments/c7');
    await settle();
    backend.expectOne('/api/agreements').flush([summary('a1', 'Mali 2015'), summary('a2', 'Mali 2006')]);
    await settle();
    expect(switcher()).toBe('Mali 2006');

    await router.navigateByUrl('/agreements/a1/dashboard');
    await settle();
    expect(switcher()).toBe('Mali 2015');
    backend.verify();
  });
});
