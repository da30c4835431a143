const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id the API gives out is a UUID: anything else in a URL cannot name a record. */
export function isUuid(value: string | null | undefined): value is string {
  return !!value && UUID.test(value);
}
