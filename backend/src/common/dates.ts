import { isIsoDate } from '@accord/shared';
import { Param } from '@nestjs/common';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { ApiException } from './api-exception';

/**
 * The latest date that is already today somewhere (UTC+14): a monitor's "today" in their own time zone
 * is never refused as a future date.
 */
export const latestTodayIso = (now = new Date()) => new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

/** class-validator rule for a calendar date in yyyy-mm-dd; its field code is `isDate`. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isDate',
      validator: { validate: isIsoDate, defaultMessage: () => '$property must be a date (yyyy-mm-dd)' },
    },
    options,
  );

/** A path parameter that must be a calendar date (yyyy-mm-dd); anything else is a 400 with the code `isDate`. */
export const CalendarDateParam = (name: string) =>
  Param(name, {
    transform: (value: string) => {
      if (!isIsoDate(value)) throw ApiException.validation({ [name]: 'isDate' });
      return value;
    },
  });
