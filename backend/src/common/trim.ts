import { Transform } from 'class-transformer';

/** Trims strings before validation, so that "   " fails `IsNotEmpty`. Other types pass unchanged. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
