import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateStatusUpdateDto } from '../status-updates/dto/create-status-update.dto';
import { fieldErrorsOf } from './api-exception';

const errorsFor = (body: object) =>
  fieldErrorsOf(
    validateSync(plainToInstance(CreateStatusUpdateDto, body), { whitelist: true, forbidNonWhitelisted: true }),
  );

describe('fieldErrorsOf', () => {
  it('names a missing required field `required`', () => {
    expect(errorsFor({ effectiveDate: '2020-01-01', level: 1 })).toEqual({ narrative: 'required' });
  });

  it('gives the first rule of the DTO that failed, not the last', () => {
    expect(errorsFor({ effectiveDate: '2020-01-01', level: 'two', narrative: 'x' })).toEqual({ level: 'isInt' });
  });

  it('flattens nested errors to dotted paths and names unknown fields', () => {
    expect(
      errorsFor({
        effectiveDate: '2020-01-01',
        level: 1,
        narrative: 'x',
        sourceLinks: [{ url: 'https://example.org' }, { url: 'ftp://example.org', extra: true }],
        reviewer: 'me',
      }),
    ).toEqual({ 'sourceLinks.1.url': 'isUrl', 'sourceLinks.1.extra': 'unknownField', reviewer: 'unknownField' });
  });
});
