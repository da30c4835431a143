import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateMeetingMarkRequest, MeetingMarkDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

/** The monitoring meetings the signed-in user marked on an agreement: theirs alone. */
@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly http = inject(HttpClient);

  /** The user's marks, newest first. */
  list(agreementId: string): Observable<MeetingMarkDto[]> {
    return this.http.get<MeetingMarkDto[]>(apiUrl('agreements', agreementId, 'meetings'));
  }

  /** A day marked already answers 409 with the field code `alreadyMarked`. */
  mark(agreementId: string, request: CreateMeetingMarkRequest): Observable<MeetingMarkDto> {
    return this.http.post<MeetingMarkDto>(apiUrl('agreements', agreementId, 'meetings'), request);
  }

  unmark(agreementId: string, heldOn: string): Observable<void> {
    return this.http.delete<void>(apiUrl('agreements', agreementId, 'meetings', heldOn));
  }
}
